package main

func helper() {}

import "fmt"

func main() {
	helper()
	fmt.Println("hi")
}
