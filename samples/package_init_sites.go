// Package variables: gc initialises constants and literals statically
// (nothing to report), but an initializer with a call, an inlined body or
// a map runs in init and is analysed like any code, its verdicts printed
// after the functions'.
package main

import (
	"errors"
	"fmt"
)

type T struct{ p *int }

func mk() *T { return &T{} }

var (
	errX  = errors.New("x")
	label = fmt.Sprint(1)
	t1    = &T{}
	t2    = mk()
	n1    = len(fmt.Sprint(2, "a"))
	m1    = map[string]int{"a": 1}
	sl    = []int{1, 2}
	f1    = func() *T { return &T{} }
)

func main() {
	fmt.Println(errX, label, t1 != nil, t2 != nil, n1, m1, sl, f1() != nil)
}
