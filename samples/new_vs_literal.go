// new(T) and &T{} are the same allocation to the escape analysis: both
// stay on the stack when they do not escape ("new(T) does not escape",
// "&T{...} does not escape") and both go to the heap when returned.
package main

import "fmt"

type T struct {
	A int
	B bool
}

func viaNew() *T {
	p := new(T)
	p.A = 1
	return p
}

func viaLiteral() *T {
	return &T{A: 2, B: true}
}

func localOnly() int {
	p := new(T)
	q := &T{A: 5}
	p.A = q.A + 1
	return p.A
}

func main() {
	a := viaNew()
	b := viaLiteral()
	fmt.Println(a.A, b.A, localOnly())
	fmt.Println(a)
	fmt.Println(b)
}
