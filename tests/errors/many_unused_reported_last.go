package main

import "fmt"

func main() {
	first := 0
	fmt.Println(c1)
	fmt.Println(c2)
	fmt.Println(c3)
	fmt.Println(c4)
	fmt.Println(c5)
	fmt.Println(c6)
	fmt.Println(c7)
	fmt.Println(c8)
	fmt.Println(c9)
}
