package main

import "fmt"

type T struct {
	n int
}

func main() {
	var t T
	t.n := 5
	fmt.Println(t)
}
