// A parameter that is returned "leaks to the result": whether it escapes
// depends on what the caller does with the result. The learner should see
// "leaking param: p to result ~r0 level=0", and that in main the variable
// whose address is passed in does not need to move to the heap as long as
// the result does not escape either.
package main

import "fmt"

type Box struct {
	V int
}

func identity(p *Box) *Box {
	return p
}

func bigger(a, b *Box) *Box {
	if a.V > b.V {
		return a
	}
	return b
}

func main() {
	x := Box{V: 3}
	y := Box{V: 9}
	q := identity(&x)
	q.V++
	r := bigger(&x, &y)
	fmt.Println(x.V, r.V)
}
