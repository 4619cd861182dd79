// The same work as escape_heap.go, but the small struct does not escape:
// escape analysis keeps it in the frame, so nothing is allocated.
package main

import "fmt"

type Point struct{ x, y int }

var sink int

func work(i int) int {
	p := &Point{i, i + 1}
	sink = p.x
	return p.x + p.y
}

func main() {
	sum := 0
	for i := 0; i < 50000000; i++ {
		sum += work(i)
	}
	fmt.Println(sum)
}
