// Storing a pointer in a package-level variable makes the pointee escape:
// globals live forever, so anything they point to must be on the heap.
// The learner should see "moved to heap: c" for the counter whose address
// is stored in the global, while the counter used only locally stays put.
package main

import "fmt"

type Counter struct {
	N int
}

var current *Counter

func install() {
	c := Counter{N: 10}
	current = &c
}

func localOnly() int {
	c := Counter{N: 5}
	pc := &c
	pc.N++
	return c.N
}

func main() {
	install()
	current.N++
	fmt.Println(current.N)
	fmt.Println(localOnly())
	fmt.Println(current)
}
