package main

import "fmt"

func main() {
	fmt.Println(u, u, v)
	fmt.Println(u)
}
