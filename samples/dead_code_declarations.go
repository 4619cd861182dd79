// gc's front end declares every name before its dead code goes: the
// names of a branch never taken still count in .autotmp_N, as do those of
// a var declaration, declared before their initial values are built.
package main

import (
	"errors"
	"fmt"
)

type Pair struct{ a, b []int }

func show(p Pair) string {
	// (&p).a reads through a pointer: gc's "dot of pointer"
	return fmt.Sprint((&p).a)
}

func dead(n int) int {
	if !(1 < 3) {
		skipped := n * 2
		other := skipped + 1
		_ = other
	}
	var msg string = fmt.Sprint(errors.New("e").Error())
	switch 2 {
	case 1:
		gone := n
		_ = gone
	case 2:
		fmt.Println(msg, errors.New("f").Error())
	}
	return len(msg)
}

func main() {
	fmt.Println(dead(3), show(Pair{a: []int{1}}))
}
