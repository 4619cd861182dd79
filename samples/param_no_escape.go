// A pointer parameter that is only read does not escape: the compiler
// reports "p does not escape" and the caller's variables stay on the stack
// even though their addresses are taken.
package main

import "fmt"

type Vec struct {
	X int
	Y int
	Z int
}

func dot(p, q *Vec) int {
	return p.X*q.X + p.Y*q.Y + p.Z*q.Z
}

func sumAll(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	a := Vec{X: 1, Y: 2, Z: 3}
	b := Vec{X: 4, Y: 5, Z: 6}
	fmt.Println(dot(&a, &b))
	nums := []int{1, 2, 3, 4}
	fmt.Println(sumAll(nums))
}
