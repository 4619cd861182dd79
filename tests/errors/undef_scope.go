package main

import "fmt"

func main() {
	if true {
		msg := "inside"
		fmt.Println(msg)
	}
	fmt.Println(msg)
}
