// Found by difftest (tools/difftest): the temporary gc's typecheck gives a
// receiver that makes a call (errors.New(s).Error()) is declared without
// a declaration statement, so gc's escape analysis keeps it at the
// function's loop depth: an error made in a loop and held there outlives
// it and goes to the heap (inLoop), one made outside does not (once).
package main

import (
	"errors"
	"fmt"
)

type T struct {
	s string
	p *int
}

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

func main() {
	fmt.Println(inLoop([]string{"a", "bc"}), once("def"))
}
