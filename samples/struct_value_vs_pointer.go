// Returning a struct by value copies it into the caller's frame: no heap.
// Returning a pointer to a composite literal makes it escape.
// The learner should see "&Rect{...} escapes to heap" only for the
// pointer-returning constructor.
package main

import "fmt"

type Rect struct {
	W    int
	H    int
	Name string
}

func makeRect(w, h int) Rect {
	return Rect{W: w, H: h, Name: "value"}
}

func newRect(w, h int) *Rect {
	return &Rect{W: w, H: h, Name: "pointer"}
}

func area(r Rect) int {
	return r.W * r.H
}

func main() {
	a := makeRect(2, 3)
	b := newRect(4, 5)
	fmt.Println(area(a), area(*b))
	fmt.Println(a)
	fmt.Println(b)
}
