// Interface method calls on a call's result, mk(3).Get(): the receiver
// goes through .autotmp_N as for concrete methods.
package main

import (
	"errors"
	"fmt"
)

type S interface{ Get() []int }
type T struct{ v []int }

func (t *T) Get() []int { return t.v }

func mk(n int) S { return &T{make([]int, n)} }

var sink interface{}

func main() {
	fmt.Println(len(mk(3).Get()))
	sink = mk(4).Get()
	err := fmt.Errorf("w: %w", errors.New("x"))
	fmt.Println(errors.Unwrap(err).Error())
}
