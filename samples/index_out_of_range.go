// A program that panics: indexing past the end of a slice.
// The program prints a line, then the runtime reports
// "panic: runtime error: index out of range [5] with length 3" on stderr
// and the program exits with status 2.
package main

import "fmt"

func get(s []int, i int) int {
	return s[i]
}

func main() {
	s := make([]int, 3)
	for i := range s {
		s[i] = i * 10
	}
	fmt.Println(get(s, 2))
	n := 5
	fmt.Println(get(s, n))
	fmt.Println("not reached")
}
