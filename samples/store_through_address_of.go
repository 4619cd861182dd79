// Found by difftest (tools/difftest): (&x).f = v stores through a pointer
// (gc's ODOTPTR, whose address is the heap), unlike x.f = v, which stores
// into the variable x: new(int) escapes in viaAddr and not in plain.
package main

import "fmt"

type E struct{ q *int }

type T struct {
	E
	p *int
	n int
}

type U struct {
	*E
	t T
}

func viaAddr(x T) {
	(&x).p = new(int)
}

func plain(x T) int {
	x.p = new(int)
	x.q = new(int)
	return *x.p + x.n
}

func embeddedPtr(u U) {
	u.q = new(int)
	u.t.q = new(int)
	(&u.t).E.q = new(int)
}

func main() {
	viaAddr(T{})
	fmt.Println(plain(T{n: 2}))
	embeddedPtr(U{E: &E{}})
}
