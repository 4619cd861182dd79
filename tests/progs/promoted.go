package main

import "fmt"

type I interface{ M() int }

type Impl struct{ v int }

func (p *Impl) M() int { return p.v }

type C int

func (c C) F() int   { return int(c) * 10 }
func (c *C) G() int  { return int(*c) + 1 }

type D struct{ n int }

func (d D) H() int { return d.n * 3 }

type B struct {
	C
	*D
}

type A struct {
	x int
	B
}

type WithI struct {
	I
	name string
}

func main() {
	a := A{1, B{5, &D{7}}}
	fmt.Println(a.F(), a.G(), a.H())
	p := &a
	fmt.Println(p.F(), p.G(), p.H())
	var f interface{ F() int } = a
	var h interface{ H() int } = p
	fmt.Println(f.F(), h.H())
	w := WithI{&Impl{42}, "w"}
	fmt.Println(w.M())
	var i I = w
	fmt.Println(i.M())
	var j I = &w
	fmt.Println(j.M())
}
