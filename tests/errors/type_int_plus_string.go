package main

import "fmt"

func main() {
	n := 3
	s := "apples"
	fmt.Println(n + s)
}
