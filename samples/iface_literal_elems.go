// Elements of a slice literal converted to an interface cost gc's
// inliner one node each (an OCONVIFACE): pick, with four of them, costs
// 84 and is not inlined.  A function value's arguments are converted
// where gc's current position is: the call's '(' while only variables
// (os.Args among them) have been passed.
package main

import (
	"fmt"
	"os"
)

type Curve interface{ Name() string }

type P struct{ name string }

func (p *P) Name() string { return p.name }

var a, b, c, d = &P{"a"}, &P{"b"}, &P{"c"}, &P{"d"}

func pick(name string) (Curve, bool) {
	for _, x := range []Curve{a, b, c, d} {
		if name == x.Name() {
			return x, true
		}
	}
	return nil, false
}

type pair struct {
	k string
	v int
}

func show(f func(any, any), p pair, n int) {
	f(p, os.Args[:0])
	f(n+1, p)
}

func main() {
	x, ok := pick("c")
	fmt.Println(x.Name(), ok)
	show(func(x, y any) { fmt.Println(x, y) }, pair{"k", 1}, 2)
}
