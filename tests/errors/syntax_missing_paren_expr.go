package main

import "fmt"

func main() {
	a, b := 2, 3
	c := (a + b * 4
	fmt.Println(c)
}
