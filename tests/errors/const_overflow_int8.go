package main

import "fmt"

func main() {
	var x int8 = 300
	fmt.Println(x)
}
