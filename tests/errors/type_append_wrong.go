package main

import "fmt"

func main() {
	xs := []int{}
	xs = append(xs, "four")
	fmt.Println(xs)
}
