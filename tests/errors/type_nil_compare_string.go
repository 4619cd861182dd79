package main

import "fmt"

func main() {
	s := "hi"
	if s == nil {
		fmt.Println("empty")
	}
}
