package main

import "fmt"

func main() {
	var n integer = 3
	fmt.Println(n)
}
