package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(d1)
	fmt.Println(d2)
	fmt.Println(d3)
	fmt.Println(d4)
	fmt.Println(d5)
	fmt.Println(d6)
	fmt.Println(d7)
	fmt.Println(d8)
	fmt.Println(d9)
}
