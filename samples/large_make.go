// A make with a constant size can stay on the stack, but only if it is
// small: gc's limit for an implicit stack allocation is 64 KiB.
// make([]int, 100) (800 bytes) "does not escape", while
// make([]int, 100000) (800 000 bytes) "escapes to heap" even though the
// slice never leaves the function; -m=2 explains it as "too large for stack".
package main

import "fmt"

func small() int {
	s := make([]int, 100)
	for i := range s {
		s[i] = i
	}
	return s[99]
}

func large() int {
	s := make([]int, 100000)
	for i := range s {
		s[i] = i
	}
	return s[99999]
}

func main() {
	fmt.Println(small())
	fmt.Println(large())
}
