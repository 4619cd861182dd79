// The same work as escape_stack.go, but the small struct escapes (it is
// stored in a global), so each of the 50M iterations allocates.
package main

import "fmt"

type Point struct{ x, y int }

var sink *Point

func work(i int) int {
	p := &Point{i, i + 1}
	sink = p
	return p.x + p.y
}

func main() {
	sum := 0
	for i := 0; i < 50000000; i++ {
		sum += work(i)
	}
	fmt.Println(sum)
}
