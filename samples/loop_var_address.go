// Taking the address of a loop variable and keeping it after the loop:
// the variable must outlive each iteration, so it is "moved to heap".
// In go1.19 there is one variable for the whole loop, so all saved
// pointers see the last value. A loop-local copy fixes that.
package main

import "fmt"

type Item struct {
	N int
}

func main() {
	items := []Item{Item{N: 1}, Item{N: 2}, Item{N: 3}}
	var ptrs []*Item
	for _, it := range items {
		ptrs = append(ptrs, &it)
	}
	for _, p := range ptrs {
		fmt.Println(p.N)
	}
	var fixed []*Item
	for _, it := range items {
		c := it
		fixed = append(fixed, &c)
	}
	for _, p := range fixed {
		fmt.Println(p.N)
	}
}
