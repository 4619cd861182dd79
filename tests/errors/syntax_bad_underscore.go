package main

import "fmt"

func main() {
	n := 1__2
	fmt.Println(n)
}
