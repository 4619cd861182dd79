package main

import "fmt"

func main() {
	fmt.Println(later())
	y := 3
}

func later() int {
	x := "s"
	return x
}

func early() {
	var z int = true
	fmt.Println(z)
}
