package main

import "fmt"

func main() {
	x := 5 6
	fmt.Println(x)
}
