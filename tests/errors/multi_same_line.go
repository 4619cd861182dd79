package main

import "fmt"

func main() {
	fmt.Println(p, q, r)
}
