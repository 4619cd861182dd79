// Interface method calls: value and pointer receivers, methods promoted
// through embedded structs and pointers, variadic methods, and call
// sites whose receivers change
// dynamic type (their caches must follow).  Results are collected and
// printed once.
package main

import "fmt"

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ w, h int }

//go:noinline
func (r Rect) Area() int { return r.w * r.h }

//go:noinline
func (r Rect) Name() string { return "rect" }

type Square struct{ s int }

func (q *Square) Area() int    { return q.s * q.s }
func (q *Square) Name() string { return "square" }

type Labeled struct {
	Rect
	label string
}

type Counter int

//go:noinline
func (c Counter) Get() int { return int(c) * 10 }

//go:noinline
func (c *Counter) Inc() int {
	*c++
	return int(*c)
}

type Inner struct{ n int }

//go:noinline
func (d Inner) Triple() int { return d.n * 3 }

type Middle struct {
	Counter
	*Inner
}

type Outer struct {
	x int
	Middle
}

type Getter interface{ Get() int }

type Summer interface {
	Sum(base int, xs ...int) int
}

type adder struct{ k int }

func (a *adder) Sum(base int, xs ...int) int {
	t := base * a.k
	for i := 0; i < len(xs); i++ {
		t += xs[i]
	}
	return t
}

var out []string

func put(s string) { out = append(out, s) }

var digits = []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}

func num(n int) string {
	if n < 0 {
		return "-" + num(-n)
	}
	if n < 10 {
		return digits[n]
	}
	return num(n/10) + digits[n%10]
}

func total(shapes []Shape) int {
	t := 0
	for i := 0; i < len(shapes); i++ {
		t += shapes[i].Area()
	}
	return t
}

func sums(sm Summer) {
	a := sm.Sum(1)
	b := sm.Sum(1, 2, 3)
	c := sm.Sum(5, []int{10, 20}...)
	put(num(a) + " " + num(b) + " " + num(c))
}

func names(shapes []Shape) {
	for i := 0; i < len(shapes); i++ {
		put(shapes[i].Name() + " " + num(shapes[i].Area()))
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Square{4}, Labeled{Rect{1, 5}, "l"}, &Labeled{Rect{7, 1}, "p"}}
	names(shapes)
	put(num(total(shapes)) + " " + num(total(nil)))

	o := Outer{1, Middle{5, &Inner{7}}}
	put(num(o.Get()) + " " + num(o.Inc()) + " " + num(o.Triple()) + " " + num(o.Get()))
	p := &o
	put(num(p.Get()) + " " + num(p.Inc()) + " " + num(p.Triple()))
	gs := []Getter{o, p}
	put(num(gs[0].Get()) + " " + num(gs[1].Get()))
	p.Inc()
	put(num(gs[0].Get()) + " " + num(gs[1].Get()))

	sums(&adder{2})
	for i := 0; i < len(out); i++ {
		fmt.Println(out[i])
	}
}
