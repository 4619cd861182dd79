package main

import "fmt"

func f(n int) {
	var n int
	fmt.Println(n)
}

func main() {
	f(1)
}
