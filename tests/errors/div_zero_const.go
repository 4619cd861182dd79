package main

import "fmt"

const zero = 0

func main() {
	x := 7
	fmt.Println(x % zero)
}
