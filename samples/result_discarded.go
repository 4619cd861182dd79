// Multiple results where one is a pointer to a local. Returning &x next
// to x moves x to the heap ("moved to heap: x"): the int result is a copy,
// the pointer result must stay valid after the call. Throwing the pointer
// away at the call site (v, _ := both()) does not help: the callee is
// compiled once, without knowing what each caller does with its results.
// Only a function that does not return &y keeps y on the stack.
package main

import "fmt"

func both(n int) (int, *int) {
	x := n * 2
	return x, &x
}

func valueOnly(n int) (int, bool) {
	y := n * 2
	p := &y
	*p = *p + 1
	return y, y > 10
}

func main() {
	v, _ := both(3)
	w, p := both(4)
	*p = 100
	fmt.Println(v, w, *p)
	u, big := valueOnly(6)
	fmt.Println(u, big)
}
