package main

import "fmt"

type acc struct{ n int }

func (a *acc) add(d int) int { a.n += d; return a.n }
func (a acc) get() int       { return a.n }

func twice(x int) int { return 2 * x }

func apply(f func(int) int, x int) int { return f(x) }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func pair(a, b int) (int, int) { return b, a }

func main() {
	f := twice
	fmt.Println(f(4), apply(twice, 5), apply(f, 6))

	var g func(int) int
	fmt.Println(g == nil)
	g = f
	fmt.Println(g != nil, g(1))

	a := &acc{}
	add := a.add
	add(3)
	add(4)
	fmt.Println(a.n)

	v := acc{10}
	get := v.get
	v.n = 20
	fmt.Println(get(), v.get())

	byPtr := (*acc).add
	fmt.Println(byPtr(a, 100))
	byVal := acc.get
	fmt.Println(byVal(v))
	fmt.Println((*acc).get(a))

	s := sum
	fmt.Println(s(), s(1), s(1, 2, 3), s([]int{4, 5}...))

	p := pair
	x, y := p(1, 2)
	fmt.Println(x, y)

	ops := []func(int) int{twice, func(x int) int { return x + 1 }, add}
	r := 1
	for _, op := range ops {
		r = op(r)
	}
	fmt.Println(r)
}
