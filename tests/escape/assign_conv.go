package p

var sink interface{}

type T struct{ a interface{} }

func g(x interface{}) { sink = x }

func f1() interface{} {
	x := 1
	return &x
}

func f2() {
	x := 1
	var y interface{} = &x
	sink = y
}

func f3() {
	x := 1
	g(&x)
}

func f4() {
	x := 1
	sink = T{&x}
}

func f5() {
	x, z := 1, 2
	var a, b interface{}
	a, b = &x, &z
	sink, sink = a, b
}

func f6() {
	x := 1
	y := 2
	sink = &x
	sink = &y
	m := map[int]interface{}{}
	m[0] = &x
	sink = m
}

func f7() {
	x := 1
	var t T
	t.a = &x
	sink = t.a
}
