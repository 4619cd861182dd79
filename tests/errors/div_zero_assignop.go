package main

import "fmt"

func main() {
	total := 100
	total /= 0
	fmt.Println(total)
}
