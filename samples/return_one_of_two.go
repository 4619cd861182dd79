// A function that returns one of two parameters. The analysis does not
// look at which branch runs: both parameters leak to the result ("leaking
// param: a to result ~r0 level=0" and the same for b). So when the result
// is stored in a global, both caller variables are "moved to heap", even
// though only one of them is ever stored.
package main

import "fmt"

type Player struct {
	Name  string
	Score int
}

var best *Player

func better(a, b *Player) *Player {
	if a.Score >= b.Score {
		return a
	}
	return b
}

func main() {
	p := Player{Name: "ann", Score: 7}
	q := Player{Name: "bob", Score: 9}
	best = better(&p, &q)
	fmt.Println(best.Name, best.Score)

	r := Player{Name: "cid", Score: 3}
	s := Player{Name: "dee", Score: 2}
	w := better(&r, &s)
	fmt.Println(w.Name)
}
