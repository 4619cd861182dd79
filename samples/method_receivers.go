// Value receivers versus pointer receivers. A value receiver is a copy of
// the caller's struct: Area gets no diagnostic at all. A pointer receiver is
// a pointer parameter like any other: Scale only writes through it, so
// "r does not escape", but Register stores it in a global, so "leaking
// param: r", and in main the variable b on which Register is called is
// "moved to heap" (b.Register() is really (*Box).Register(&b)), while a
// stays on the stack. Note how -m prints a.Area() as Box.Area(a).
package main

import "fmt"

type Box struct {
	W int
	H int
}

var registered *Box

func (r Box) Area() int {
	return r.W * r.H
}

func (r *Box) Scale(k int) {
	r.W = r.W * k
	r.H = r.H * k
}

func (r *Box) Register() {
	registered = r
}

func main() {
	a := Box{W: 2, H: 3}
	a.Scale(2)
	fmt.Println(a.Area())

	b := Box{W: 1, H: 1}
	b.Register()
	b.Scale(5)
	fmt.Println(registered.Area())
	pa := &a
	fmt.Println(pa.Area(), a.W, a.H)
}
