package main

import "fmt"

func main() {
	b := []byte{1, 2, 256}
	fmt.Println(b)
}
