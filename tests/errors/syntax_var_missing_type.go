package main

import "fmt"

func main() {
	var x
	x = 3
	fmt.Println(x)
}
