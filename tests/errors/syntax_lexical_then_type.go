package main

import "fmt"

func main() {
	x := 0x
	var s string = 1
	fmt.Println(x, s)
}
