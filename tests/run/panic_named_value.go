package main

import "fmt"

type code int

func main() {
	defer fmt.Println("deferred calls run before the panic is printed")
	defer func() {
		recover()
		panic(code(7))
	}()
	panic("original")
}
