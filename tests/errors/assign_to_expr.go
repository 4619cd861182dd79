package main

import "fmt"

func main() {
	x := 1
	x + 1 = 3
	fmt.Println(x)
}
