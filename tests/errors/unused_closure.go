package main

import "fmt"

func main() {
	f := func() {
		inner := 1
	}
	fmt.Println("x")
	f()
}
