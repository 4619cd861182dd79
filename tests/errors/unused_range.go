package main

import "fmt"

func main() {
	words := []string{"a", "b"}
	for i, w := range words {
		fmt.Println(w)
	}
}
