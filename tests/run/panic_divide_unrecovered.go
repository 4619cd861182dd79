package main

import "fmt"

func div(a, b int) int {
	defer fmt.Println("div's deferred call")
	return a / b
}

func main() {
	fmt.Println(div(6, 3))
	fmt.Println(div(1, 0))
}
