package p

type M interface{ M() }

type M0 struct{ p *int }

func (M0) M() { println() }

type M2 struct{ p *int }

func (*M2) M() { println() }

type M3 struct{ p *int }

func (m M3) M() { sinkm = m.p }

var sinkm *int

func f1() {
	i := 0
	v := M0{&i}
	var x M = v
	x.M()
}

func f2() {
	i := 0
	v := &M2{&i}
	var x M = v
	x.M()
}

func f3() {
	i := 0
	var x M = M3{&i}
	x.M()
}

func issue42279() {
	type I interface{ M() }
	type T struct{ I }

	var i I = T{}
	i.M()
}
