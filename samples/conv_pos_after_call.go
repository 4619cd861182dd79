package main

import "strings"

// gc converts to an interface at its "current position" once it has
// translated the expression: a call leaves it at the call's '('

type R struct{ a, b int }

type T struct{ h []string }

func g(n int) int { return n + 1 }

var sink interface{}

func f(m *T, s string, n int) string {
	if n == 5 {
		panic(h(s) + "x")
	}
	return "a" + strings.Join(m.h, ",")
}

func h(s string) string { return s + "!" }

func main() {
	f(&T{}, "x", 0)
	n := 3
	var x interface{} = R{g(n), n}
	var y interface{} = R{n, g(n)}
	sink = R{g(n), g(n + 1)}
	var out []interface{}
	out = append(out, R{g(n), 1})
	out = append(out, R{1, g(n)}, R{n, n})
	z := []interface{}{R{g(n), 2}}
	sink, out[0] = R{n, g(n)}, R{g(n), 1}
	println(x.(R).a, y.(R).b, len(out), len(z), sink.(R).b)
}
