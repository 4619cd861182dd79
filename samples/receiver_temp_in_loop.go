// Found by difftest (tools/difftest): the temporary gc's typecheck gives a
// receiver that makes a call (errors.New(s).Error()) is declared without
// a declaration statement, so gc's escape analysis keeps it at the
// function's loop depth: an error made in a loop and held there outlives
// it and goes to the heap (inLoop), one made outside does not (once).
// make is no call there (typechecked to OMAKESLICE, which gc's callOrChan
// does not list): its receiver keeps no temporary (makeIsNoCall).
package main

import (
	"errors"
	"fmt"
)

type T struct {
	s  string
	p  *int
	xs []int
}

func (t T) size(k int) int { return len(t.xs) + len(t.s) + k }

func inLoop(words []string) int {
	n := 0
	for _, w := range words {
		n += len((&T{s: errors.New(w).Error()}).s)
	}
	return n
}

func once(w string) int {
	return len((&T{s: errors.New(w).Error()}).s)
}

func makeIsNoCall(words []string) int {
	n := 0
	for _, w := range words {
		n += T{s: w, xs: make([]int, 3)}.size(len(w))
	}
	return n
}

func main() {
	fmt.Println(inLoop([]string{"a", "bc"}), once("def"), makeIsNoCall([]string{"x"}))
}
