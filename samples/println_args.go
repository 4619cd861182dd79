// fmt.Println takes ...interface{} arguments, so every value passed to it
// is converted to an interface. The learner should see "... argument does
// not escape" and "x escapes to heap" for the converted values: Println's
// parameter leaks its content, so the boxed copies go to the heap.
// Even constants are reported, though gc boxes them from static data.
package main

import "fmt"

type Pair struct {
	A int
	B string
}

func main() {
	x := 42
	s := "hello"
	b := x > 40
	p := Pair{A: 1, B: "one"}
	fmt.Println(x)
	fmt.Println(s, b)
	fmt.Println(p)
	fmt.Println(7, "const", true)
	fmt.Println(x+1, s+" world")
}
