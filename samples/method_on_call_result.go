// A method called on a call's result, f().M(): gc first assigns the
// receiver to a temporary, and -m names the call by it: (*T).Len(.autotmp_0).
package main

import "fmt"

type T struct{ v []int }

func NewT(n int) *T { return &T{make([]int, n)} }

func (t *T) Len() int     { return len(t.v) }
func (t *T) Self() *T     { return t }
func (t T) Val() []int    { return t.v }

var sink interface{}

func main() {
	fmt.Println(NewT(3).Len())
	sink = NewT(4).Self()
	fmt.Println(len(NewT(5).Val()))
	x := NewT(6).Self().Len()
	fmt.Println(x)
}
