package main

import "fmt"

func main() {
	var ok bool = 1
	var name string = 42
	fmt.Println(ok, name)
}
