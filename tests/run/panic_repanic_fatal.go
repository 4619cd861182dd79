package main

import "fmt"

func main() {
	defer fmt.Println("deferred in main runs first")
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic("second")
	}()
	panic("first")
}
