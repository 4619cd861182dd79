package main

import "fmt"

func half(n int) int {
	s := "half"
	if n > 0 {
		return n / 2
	}
	return s
}

func main() {
	fmt.Println(half(4))
}
