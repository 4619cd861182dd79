package main

import "fmt"

type T struct{}

func (T) Name() string { return "a" }

func (T) Name() string { return "b" }

func main() {
	fmt.Println(T{}.Name())
}
