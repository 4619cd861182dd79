// Calling the function a call returns, adder(1)(2): gc assigns the callee
// to a temporary first and -m names the call by it, .autotmp_0(2).
package main

import "fmt"

func adder(n int) func(int) int {
	return func(x int) int { return x + n }
}

func main() {
	fmt.Println(adder(1)(2))
	p := new(int)
	fmt.Println(*p + adder(3)(4))
}
