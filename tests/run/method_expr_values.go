package main

import "fmt"

type T struct{ a, b int }

func (t T) sum(k int) int { return (t.a + t.b) * k }

func main() {
	f := (*T).sum
	t := &T{2, 3}
	fmt.Println(f(t, 10))
	g := T.sum
	fmt.Println(g(T{1, 1}, 3))
	defer func() { fmt.Println("recovered:", recover()) }()
	var p *T
	fmt.Println(f(p, 1))
}
