package main

import "fmt"

func square(n int) int {
	return n * n
}

func main() {
	fmt.Println(sqaure(4))
}
