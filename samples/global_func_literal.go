// A function literal in a package variable's initialiser is a function of
// its own for gc (glob..func1): its parameter leaks into the closure it
// returns, which escapes, so the parameter is captured by value into a
// heap closure.  Reading it after glob..func1 has returned is safe.
package main

import "fmt"

func sum(args ...int) int {
	s := 0
	for _, a := range args {
		s += a
	}
	return s
}

var sumF = func(args ...int) func() int { return func() int { return sum(args...) } }

func main() {
	g := sumF(4, 5, 9)
	fmt.Println(g())
	f := sumF(1, 2)
	fmt.Println(f())
}
