// Found by difftest (tools/difftest): gc's typecheck puts a method call's
// receiver that makes a call, (&T{n: f()}).M(2) or errors.New(s).Error(),
// in a temporary first (RewriteNonNameCall): diagnostics name it
// (*T).M(.autotmp_0, 2), the inliner counts 3 more for it, and its number
// counts the declarations made so far in the order gc's front end reads
// them: an assignment's right side before its left side.
package main

import (
	"errors"
	"fmt"
)

type T struct {
	n int
	s string
}

func (t *T) M(x int) int { return t.n + x }

func (t T) get() int { return t.n }

func f() int { return 3 }

func newT(n int, s string) *T { return &T{n: n, s: s} }

var sink any

func literals() {
	sink = (&T{n: 1}).M(T{}.get())
	sink = (&T{n: f()}).M(2)
	sink = (&T{n: 1}).M(new(T).n)
}

// More than 80: the cost shows what the temporaries add.
func rightFirst(a, b string) int {
	newT(f(), errors.New("a").Error()+"x").s = errors.New("b").Error()
	t := newT(f(), a+b)
	t.n += newT(f(), b).M(f()) + (&T{n: f()}).M(f())
	t.s = errors.New("c").Error() + t.s
	return t.n + len(t.s) + len(errors.New("d").Error())
}

func main() {
	literals()
	fmt.Println(rightFirst("a", "b"), sink)
}
