// A pointer passed through several functions. outer calls middle calls
// inner, and each only returns its parameter, so each is "leaking param:
// p to result ~r0 level=0". The summaries compose: main's variable x,
// whose address goes in at the top, does not escape, because the result
// coming out at the bottom is only read. When the final result is stored
// in a global instead, the variable y is "moved to heap".
package main

import "fmt"

type Cell struct {
	V int
}

var saved *Cell

func inner(p *Cell) *Cell {
	p.V++
	return p
}

func middle(p *Cell) *Cell {
	return inner(p)
}

func outer(p *Cell) *Cell {
	q := middle(p)
	q.V = q.V * 10
	return q
}

func main() {
	x := Cell{V: 1}
	r := outer(&x)
	fmt.Println(r.V, x.V)

	y := Cell{V: 5}
	saved = outer(&y)
	fmt.Println(saved.V)
}
