// &T{...} of a slice or map type: two sites, the new variable at the &
// and the literal at its brace; the literal is stored into the variable.
package main

import "fmt"

type stack []int

func (s *stack) push(v int) { *s = append(*s, v) }

func newStack() *stack {
	return &stack{1, 2}
}

func counts() int {
	m := &map[string]int{"a": 1}
	(*m)["b"] = 2
	p := &[]int{3}
	return len(*m) + len(*p)
}

func main() {
	s := newStack()
	s.push(3)
	local := &stack{}
	local.push(4)
	fmt.Println(*s, len(*local), counts())
}
