package main

import "fmt"

func main() {
	var count int
	var name string = "x"
	fmt.Println(name)
}
