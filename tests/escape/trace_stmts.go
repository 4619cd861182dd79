package p

var g = 3
var h int

type T struct{ a, b int }

func f(s []int, m map[int]int, c chan int) (r int) {
	var x int
	var y = 2
	var z, w = 1, 2
	a, b := 1, 2
	a, b = b, a
	x = y + z + w
	for _, v := range s {
		x += v
	}
	for k := range m {
		delete(m, k)
	}
	switch x {
	case 1:
		x--
	default:
		x = 0
	}
	if x > 1 {
		return x
	} else if x < 0 {
		x = -x
	} else {
		x = 1
	}
	c <- x
	v, ok := m[1]
	_, _ = v, ok
	func() {}()
	t := T{a: 1}
	t.a = 2
	{
		x = 3
	}
	for {
		break
	}
	select {
	case c <- 1:
	default:
	}
	r = a + b
	return
}
