// gc decides inlining and escape analysis bottom-up over the call graph,
// meeting the functions a body refers to in a walk of its syntax tree: a
// call before its arguments, but a method called on a value after the
// value's own calls (recv(x).M(arg(x)) meets recv, M, arg).  The order of
// the "can inline" lines and of the functions' escape lines shows it.
package main

import "fmt"

func describe(x *int) string { return wrap(x).label(pick(x)) }

func twice(x *int) *int { return keep(fresh(x)) }

type box struct{ p *int }

func (b box) label(q *int) string {
	if b.p == q {
		return "same"
	}
	return "other"
}

func wrap(x *int) box { return box{x} }

func pick(x *int) *int { return x }

//go:noinline
func keep(x *int) *int { return x }

func fresh(x *int) *int { return x }

func main() {
	n := 1
	fmt.Println(describe(&n), *twice(&n))
}
