package main

import "fmt"

type Pt struct {
	X int
}

func main() {
	p := Pt{X: "one"}
	q := Pt{}
	p.Y = 2
	fmt.Println(p)
}
