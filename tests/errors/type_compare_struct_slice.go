package main

import "fmt"

type Bag struct {
	items []string
}

func main() {
	a := Bag{}
	b := Bag{}
	fmt.Println(a == b)
}
