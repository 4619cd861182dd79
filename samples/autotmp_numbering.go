// gc names its temporaries .autotmp_N, N the number of names the function
// has declared so far.  A method call on a call's result keeps the
// receiver in a temporary, made with the call: after the temporaries of
// its arguments.  A range's `k, v :=` are declared before its range
// expression is.
package main

import (
	"errors"
	"fmt"
)

type Box struct{ s string }

func (b *Box) Set(s string) { b.s = s }

func newBox() *Box { return &Box{} }

func printer() func(string) { return func(s string) { fmt.Println(s) } }

func receivers() {
	newBox().Set(fmt.Sprint(errors.New("a").Error()))
	printer()(fmt.Sprint(errors.New("b").Error()))
}

func ranges(n int) {
	for i, s := range []string{fmt.Sprintf("%d:%s", n, errors.New("c").Error())} {
		fmt.Println(i, s)
	}
	for _, s := range []string{errors.New("d").Error()} {
		fmt.Println(s)
	}
}

// In a loop, the literal outlives an iteration through the receiver's
// temporary (declared at the function's level): explained with gc's
// statement .autotmp_N := &Box{...}.
func loop(n int) {
	for i := 0; i < n; i++ {
		(&Box{s: fmt.Sprint(i)}).Set("y")
	}
}

// An assignment's right side is built first: its temporaries are
// numbered before those of the map index on the left.
func assign(n int) map[string]int {
	m := map[string]int{}
	for i := 0; i < n; i++ {
		m[errors.New("k").Error()] = (&Box{s: fmt.Sprint(i)}).Len()
	}
	return m
}

func (b *Box) Len() int { return len(b.s) }

func main() {
	loop(2)
	fmt.Println(assign(2))
	receivers()
	ranges(1)
}
