package main

import "fmt"

func main() {
	s := "abc" - "a"
	fmt.Println(s)
}
