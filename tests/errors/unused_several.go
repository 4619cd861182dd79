package main

import "fmt"

func main() {
	a := 1
	b := "two"
	c := true
	d := 4
	fmt.Println(d)
}
