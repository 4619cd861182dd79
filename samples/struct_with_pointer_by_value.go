// A struct passed by value that contains a pointer. The struct itself is
// copied, but the copy carries the same pointer, so storing s.Data in a
// global leaks the parameter: "leaking param: s" (the pointer is part of
// the parameter's own value, not one dereference away). A function that
// stores *p.Data through a struct pointer instead is "leaking param
// content: p". Either way the caller's variable that Data points to is
// "moved to heap"; the struct copies themselves stay on the stack.
package main

import "fmt"

type Holder struct {
	Label string
	Data  *int
}

var kept *int

func keepByValue(s Holder) {
	kept = s.Data
}

func keepByPointer(p *Holder) {
	kept = p.Data
}

func readOnly(s Holder) int {
	return *s.Data + len(s.Label)
}

func main() {
	x := 1
	h := Holder{Label: "x", Data: &x}
	keepByValue(h)
	*kept = 2

	y := 10
	g := Holder{Label: "y", Data: &y}
	keepByPointer(&g)
	*kept = 20

	z := 100
	fmt.Println(readOnly(Holder{Label: "z", Data: &z}))
	fmt.Println(x, y, z)
}
