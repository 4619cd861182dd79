package main

import "fmt"

func main() {
	x := 2
	if x == 1 {
		fmt.Println("one")
	} else if
}
