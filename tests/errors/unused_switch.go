package main

import "fmt"

func main() {
	n := 3
	switch n {
	case 1:
		one := "one"
	case 3:
		fmt.Println("three")
	}
}
