package main

import (
	"fmt"
	"os"
)

func helper() int {
	return "x"
}

func main() {
	unused := 1
	fmt.Println(missing)
	var n int = "n"
	fmt.Println(n, helper())
}
