package main

import "fmt"

func main() {
	fmt.Println(b1)
	fmt.Println(b2)
	fmt.Println(b3)
	fmt.Println(b4)
	fmt.Println(b5)
	fmt.Println(b6)
	fmt.Println(b7)
	fmt.Println(b8)
	fmt.Println(b9)
	fmt.Println(b10)
}
