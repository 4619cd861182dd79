// A function returns the address of one of its local variables.
// The learner should see "moved to heap: p": the variable must outlive
// the call, so the compiler allocates it on the heap instead of the stack.
// The local q, whose address is never taken, stays on the stack.
package main

import "fmt"

type Point struct {
	X int
	Y int
}

func newPoint(x, y int) *Point {
	p := Point{X: x, Y: y}
	return &p
}

func sum(x, y int) int {
	q := Point{X: x, Y: y}
	return q.X + q.Y
}

func main() {
	p := newPoint(1, 2)
	fmt.Println(p.X, p.Y)
	fmt.Println(sum(3, 4))
	fmt.Println(p)
}
