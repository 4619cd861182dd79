// Found by difftest (tools/difftest): gc's printer gives a function literal,
// make of a map or a channel, and recover no precedence, so it puts them in
// parentheses where they are operands: (func literal)(2) * 3,
// (make(map[string]int))["a"].
package main

import "fmt"

var sink any

func main() {
	m := (make(map[string]int))["a"]
	x := func(a int) int { return a }(2) * 3
	sink = func(a int) int { return a + 1 }(m) + x
	fmt.Println(m, x, func(a int) int { return a }(1), len(make(chan int)), sink, m+1)
}
