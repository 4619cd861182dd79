package main

import "fmt"

func main() {
	x := 10
	fmt.Println("x is", x
	fmt.Println("bye")
}
