// Inlined calls used as operands: with plain -m, gc names an inlined
// call's value by its result variable, ~R0, and puts it in parentheses
// inside a larger expression: "(~R0) + 1 escapes to heap".
package main

import "fmt"

type E struct{ s string }

func (e *E) Error() string { return e.s }

func unwrap(e error) error { return e }

func id(x int) int { return x }

func main() {
	var err error = &E{"x"}
	fmt.Println(unwrap(err) == err)
	fmt.Println(id(3) + 1)
	fmt.Println(id(3))
	fmt.Println(-id(4), id(5)*id(6))
}
