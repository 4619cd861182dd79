package main

import "fmt"

type Box struct {
	w, h int
}

func (b Box) Area() int {
	return b.w * b.h
}

func main() {
	b := Box{2, 3}
	fmt.Println(b.Area(2))
}
