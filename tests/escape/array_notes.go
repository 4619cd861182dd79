package p

var sink interface{}
var sinkp *int

func f1() {
	var x [2]int
	sinkp = &x[0]
}

func f2(p *[2]int) {
	sinkp = &p[1]
}

type S struct{ a [3]int }

func f3() {
	var s S
	sinkp = &s.a[1]
}

func f4(x [2]*int) {
	sinkp = x[0]
}

func f5(p *[2]*int) {
	sinkp = p[1]
}

func f6() {
	var x [2][2]int
	sinkp = &x[1][0]
}

type T struct{ f int; g *int; a [2]*int }

func f7(p *T) {
	sinkp = &p.f
}

func f8(p *T) {
	sinkp = p.a[1]
}

func f9(p *T) {
	sinkpp = &p.a[1]
}

func f10() {
	var t T
	sinkpp = &t.a[0]
	x := t.a[1]
	sinkp = x
}

func f11(x [2][]*int) {
	sinkp = x[0][1]
}

func f12(x [][2]*int) {
	sinkp = x[0][1]
}

func f13(p *[2][2]int) {
	sinkp = &p[0][1]
}
var sinkpp **int
