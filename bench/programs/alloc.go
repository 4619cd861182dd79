// One small heap allocation per iteration, 100M of them: wall time / 1e8
// is the cost of an allocation (plus its share of collection).  Compare
// with alloc_test.go's `go test -bench` figure.
package main

import "fmt"

type Small struct{ a, b int }

var sink *Small

func main() {
	n := 100000000
	for i := 0; i < n; i++ {
		sink = &Small{i, i}
	}
	fmt.Println(sink.a)
}
