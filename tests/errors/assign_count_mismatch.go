package main

import "fmt"

func pair() (int, string) {
	return 1, "one"
}

func main() {
	n := pair()
	fmt.Println(n)
}
