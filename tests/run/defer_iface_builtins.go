package main

import "fmt"

// defer of interface method calls (value and pointer receivers, promoted
// through embedding, with arguments and results), a nil interface's
// method (the panic comes at the defer statement), and defer of the
// built-ins copy, delete and panic (their arguments evaluated at the
// statement).

type Shape interface {
	Area() int
	Scale(k int) Shape
}

type Rect struct{ w, h int }

func (r Rect) Area() int { fmt.Println("Rect.Area", r.w, r.h); return r.w * r.h }
func (r Rect) Scale(k int) Shape {
	fmt.Println("Rect.Scale", k)
	return Rect{r.w * k, r.h * k}
}

type Square struct{ s int }

func (q *Square) Area() int { fmt.Println("Square.Area", q.s); return q.s * q.s }
func (q *Square) Scale(k int) Shape {
	fmt.Println("Square.Scale", k)
	return &Square{q.s * k}
}

type Named struct {
	Shape
	name string
}

func deferred(shapes []Shape) {
	for i, s := range shapes {
		defer s.Area()
		defer s.Scale(i + 1)
	}
	n := Named{Rect{2, 3}, "n"}
	defer n.Area()
	var sh Shape = n
	defer sh.Scale(10)
	fmt.Println("deferred", len(shapes))
}

func nilIface() (err string) {
	defer func() { err = fmt.Sprint(recover()) }()
	var s Shape
	defer fmt.Println("this deferred call runs")
	defer s.Area()
	fmt.Println("not reached")
	return "none"
}

func builtins() {
	m := map[string]int{"a": 1, "b": 2}
	dst := make([]int, 3)
	src := []int{7, 8, 9}
	k := "a"
	defer func() { fmt.Println("after:", len(m), m["b"], dst) }()
	defer delete(m, k)
	defer copy(dst, src)
	k = "b"
	src = []int{0, 0, 0}
	fmt.Println("before:", len(m), dst)
}

func deferPanic() {
	defer func() { fmt.Println("recovered:", recover()) }()
	x := &Rect{1, 2}
	defer panic(x)
	x = nil
	defer panic("second")
	fmt.Println("deferPanic body")
}

func main() {
	deferred([]Shape{Rect{1, 2}, &Square{3}})
	fmt.Println("nilIface:", nilIface())
	builtins()
	deferPanic()
}
