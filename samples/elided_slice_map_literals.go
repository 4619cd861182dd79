// Composite literals with elided types whose elements are slices and
// maps: [][]string{{"a"}}, []map[string]int{{"x": 1}}. Each inner literal
// is an allocation of its own, with its own verdict.
package main

import "fmt"

type grid [][]int

func rows() grid {
	return grid{{1, 2}, {3}} // the inner slices leave with the outer one
}

func count() int {
	local := [][]string{{"a", "b"}, {"c"}} // all on the stack
	n := 0
	for _, r := range local {
		n += len(r)
	}
	return n
}

func main() {
	m := []map[string]int{{"x": 1}, {"y": 2}}
	p := map[string][]int{"k": {1, 2}}
	fmt.Println(rows(), count(), len(m), m[1]["y"], p["k"])
}
