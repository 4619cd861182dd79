package p

type T struct{ p *int }

var sink *int

func f(x *int) *int {
	y := 1
	t := T{&y}
	for i := 0; i < 2; i++ {
		sink = x
	}
	return t.p
}

func Main() {
	n := 0
	f(&n)
loop:
	if n < 3 {
		n++
		goto loop
	}
}
