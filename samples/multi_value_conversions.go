// return g() and f(g()) where g's results are converted to the caller's
// interface types: gc assigns them to .autotmp_N first (N counts the
// function's declarations so far) and converts those, at the call's
// position and after the call's own allocations.
package main

import "fmt"

type point struct{ x, y int }

func look(s string) ([]point, error) { return []point{{len(s), 2}}, nil }

//go:noinline
func get(s string) (any, error) {
	return look(s)
}

func both(a any, e error) bool { return a != nil && e == nil }

//go:noinline
func use(s string) bool { return both(look(s)) }

func main() {
	v, err := get("abc")
	fmt.Println(v, err, use("xy"))
}
