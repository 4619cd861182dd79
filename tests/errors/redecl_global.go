package main

import "fmt"

var limit = 10

const limit = 20

func main() {
	fmt.Println(limit)
}
