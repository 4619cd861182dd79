// make with a constant size can be allocated on the stack; with a size
// only known at run time it cannot, because the stack frame has a fixed size.
// The learner should see "make([]int, 8) does not escape" but
// "make([]int, n) escapes to heap".
package main

import "fmt"

const size = 8

func constSize() int {
	s := make([]int, size)
	for i := 0; i < len(s); i++ {
		s[i] = i * i
	}
	return s[size-1]
}

func varSize(n int) int {
	s := make([]int, n)
	for i := range s {
		s[i] = i + 1
	}
	total := 0
	for _, v := range s {
		total += v
	}
	return total
}

func main() {
	fmt.Println(constSize())
	fmt.Println(varSize(10))
}
