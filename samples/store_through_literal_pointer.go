// Found by difftest (tools/difftest): a store through the pointer of a
// composite literal, (&T{...}).f = v, is a store through a pointer: gc
// sends v to the heap ("leaking param content: x"), as it does for p.f = v.
package main

import "fmt"

type T struct {
	n  int
	xs []int
}

func viaLiteral(x *T) {
	(&T{n: 8}).xs = x.xs
}

func viaVariable(x *T) {
	p := &T{n: 8}
	p.xs = x.xs
}

func intoSliceLiteral(q *int) {
	[]*int{nil}[0] = q
}

func main() {
	t := &T{n: 1, xs: []int{1, 2}}
	viaLiteral(t)
	viaVariable(t)
	intoSliceLiteral(&t.n)
	fmt.Println(t.n, len(t.xs))
}
