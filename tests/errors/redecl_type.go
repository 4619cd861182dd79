package main

import "fmt"

type Shape struct {
	sides int
}

type Shape struct {
	name string
}

func main() {
	fmt.Println(Shape{})
}
