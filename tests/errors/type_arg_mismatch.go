package main

import "fmt"

func greet(name string, times int) {
	for i := 0; i < times; i++ {
		fmt.Println("hi", name)
	}
}

func main() {
	greet(3, "bob")
}
