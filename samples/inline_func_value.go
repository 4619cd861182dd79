// A variadic function called through a variable that is never reassigned:
// gc sees through the variable and inlines the call, and the ... argument
// of the inlined call gets its own verdict.
package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	f := sum
	fmt.Println(f(1, 2, 3), f(), f([]int{4, 5}...))
}
