// A slice grown with append and returned versus one kept local. The
// backing array made by make([]int, 0, 8) stays on the stack when the
// slice never leaves the function ("does not escape"), but must be on
// the heap when the slice is returned ("escapes to heap"): the caller
// keeps using the array after the function's frame is gone.
package main

import "fmt"

func sumSquares(n int) int {
	s := make([]int, 0, 8)
	for i := 1; i <= n; i++ {
		s = append(s, i*i)
	}
	total := 0
	for _, v := range s {
		total += v
	}
	return total
}

func squares(n int) []int {
	s := make([]int, 0, 8)
	for i := 1; i <= n; i++ {
		s = append(s, i*i)
	}
	return s
}

func main() {
	fmt.Println(sumSquares(5))
	sq := squares(5)
	fmt.Println(len(sq), cap(sq))
	fmt.Println(sq)
}
