// Found by difftest (tools/difftest): in an inlined body gc's variables are
// the inliner's copies.  A parameter's copy is defined by the assignment of
// the arguments, so an interface call on it is devirtualized in the caller
// (call(&T{n: 3})); the body's own locals and the temporary that holds a
// call's result have no definition, so a call on them stays an interface
// call there and its receiver escapes (viaRes(6), viaLocal(7)).
package main

import "fmt"

type I interface{ M() int }

type T struct{ n int }

func (t *T) M() int { return t.n }

func mk(n int) I { return &T{n: n} }

func call(i I) int { return i.M() }

func viaRes(n int) int {
	return mk(n).M()
}

func viaLocal(n int) int {
	var i I = &T{n: n}
	return i.M()
}

func main() {
	fmt.Println(call(&T{n: 3}))
	x := mk(4)
	fmt.Println(x.M(), mk(5).M(), viaRes(6), viaLocal(7))
}
