// Storing a pointer into a slice element (s[i] = &x). The escape analysis
// does not track what happens to individual elements of a slice's backing
// array: a store through a slice index is treated like a store to the heap.
// So x is "moved to heap" even though the slice of pointers is local and
// "does not escape". Storing the value instead (vals[i] = y) moves nothing.
package main

import "fmt"

func pointers() int {
	x := 7
	s := make([]*int, 3)
	s[1] = &x
	*s[1] = 8
	return x
}

func values() int {
	y := 7
	vals := make([]int, 3)
	vals[1] = y
	vals[1]++
	return vals[1] + y
}

func main() {
	fmt.Println(pointers())
	fmt.Println(values())
}
