package p

var sink func() int

func f() {
	a := 1
	b := 2
	a = 3
	sink = func() int { return a + b }
	b = 4
}

func g() {
	x := 1
	func() { println(x) }()
	func() { func() { println(x) }() }()
}
