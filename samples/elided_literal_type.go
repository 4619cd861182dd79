package main

import "fmt"

type P struct{ x *int }

var sink interface{}

// gc names an elided composite literal by its type: &P{...} in []*P{{...}}
func main() {
	n := 1
	ps := []*P{{&n}, {nil}}
	m := []*P{{&n}}
	sink = ps
	sink = m
	fmt.Println(len(ps), *m[0].x, ps[1].x == nil)
}
