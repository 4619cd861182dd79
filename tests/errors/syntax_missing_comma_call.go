package main

import "fmt"

func main() {
	name := "gopher"
	age := 13
	fmt.Println(
		name,
		age
	)
}
