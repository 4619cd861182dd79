// A call gc devirtualizes, I(&T{}).M(x), is x.(*T).M(...) until its
// escape analysis reaches the call and rewrites it (*T).M(x.(*T), ...):
// an explanation printed while the graph is built, before the walk
// reaches the call (a value flowing straight to the heap), shows the
// first form.
package main

import "fmt"

type I interface{ M(int) int }

type T struct{ n int }

func (t *T) M(x int) int { return t.n + x }

var sinkAny interface{}

func main() {
	sinkAny = I(&T{n: 1}).M((&T{n: 2}).M(3))
	fmt.Println(sinkAny)
}
