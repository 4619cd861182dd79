package main

import "fmt"

func main() {
	x := 1
	if x > 0 {
		x := 2
	}
	fmt.Println(x)
}
