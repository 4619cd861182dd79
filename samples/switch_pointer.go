// A switch that chooses which pointer to return. As with if/else, the
// analysis ignores which case runs: every variable whose address is
// returned in some case is "moved to heap", and the default case's
// pointer too. The tally variable used only inside the switch stays on
// the stack. In rankName the pointer chosen by the switch is only read
// (p.Name is a string copied out), so a and b stay on the stack.
package main

import "fmt"

type Level struct {
	Name string
	Rank int
}

func pick(n int) *Level {
	low := Level{Name: "low", Rank: 1}
	mid := Level{Name: "mid", Rank: 2}
	high := Level{Name: "high", Rank: 3}
	tally := 0
	switch {
	case n < 10:
		tally++
		return &low
	case n < 100:
		tally += 2
		return &mid
	}
	if tally > 0 {
		return nil
	}
	return &high
}

func rankName(n int) string {
	a := Level{Name: "one", Rank: 1}
	b := Level{Name: "other", Rank: 0}
	p := &b
	switch n {
	case 1:
		p = &a
	}
	return p.Name
}

func main() {
	for _, n := range []int{5, 50, 500} {
		l := pick(n)
		fmt.Println(n, l.Name, l.Rank)
	}
	fmt.Println(rankName(1), rankName(2))
}
