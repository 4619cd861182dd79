package main

import "fmt"

const big = 1 << 64

func main() {
	n := big
	fmt.Println(n)
}
