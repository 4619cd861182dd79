// Every form of deferred call, and what gc's escape analysis makes of it.
// gc turns `defer f(x, y)` into
//
//	.autotmp_1, .autotmp_2 := x, y
//	defer func() { f(.autotmp_1, .autotmp_2) }()
//
// so each argument that is not a constant is copied when the defer
// statement runs (-m=2 names the copies .autotmp_N and shows them captured
// by the wrapper). A deferred call outside any loop lives until the
// function returns, so what it keeps stays on the stack; one in a loop
// goes to the heap ("func literal escapes to heap" at -m=2), and so does
// what its arguments point to.
package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	hits int
}

func (c *Counter) Add(n int) { c.hits += n }
func (c Counter) Report(w *strings.Builder) {
	fmt.Fprintf(w, "%s=%d;", c.name, c.hits)
}

type Big struct {
	vals [20]int
}

func sum(b Big) int {
	s := 0
	for _, v := range b.vals {
		s += v
	}
	return s
}

func logAll(w *strings.Builder, parts ...string) {
	for _, p := range parts {
		w.WriteString(p)
	}
}

func keep(xs []*int) int { return len(xs) }

func run(w *strings.Builder) (total int) {
	c := &Counter{name: "c"}
	var local Counter
	local.name = "local"
	report := c.Report
	add := func(n int) { total += n }
	var big Big
	big.vals[3] = 7

	defer c.Report(w) // receiver copied: its value now
	defer local.Report(w)
	defer report(w)                      // a method value: the value is copied too
	defer add(sum(big))                  // sum(big) runs now; add later
	defer sum(big)                       // over 128 bytes: captured by reference
	defer func(n int) { total += n }(10) // a literal callee is copied as well
	defer logAll(w, "a", "b")            // the ... slice is built in the wrapper
	defer logAll(w)
	defer fmt.Fprint(w, "[", total, "]")
	defer print("")
	defer recover()
	x, y := 1, 2
	defer keep([]*int{&x, &y}) // a slice literal argument too
	local.Add(1)
	c.Add(2)
	for i := 0; i < 3; i++ {
		defer c.Add(i) // in a loop: the wrapper goes to the heap
		defer sum(big) // and its copy of big with it ("moved to heap")
		defer func() { total++ }()
	}
	copyDst := make([]*int, 1)
	defer copy(copyDst, []*int{&x})
	m := map[string]int{"k": 1}
	defer delete(m, "k")
	return 100
}

func mustPanic() (msg string) {
	defer func() {
		msg = fmt.Sprint(recover())
	}()
	err := fmt.Errorf("boom %d", 42)
	defer panic(err)
	return "no panic"
}

func main() {
	var w strings.Builder
	fmt.Println(run(&w))
	fmt.Println(w.String())
	fmt.Println(mustPanic())
}
