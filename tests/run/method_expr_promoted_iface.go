package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Scale(f float64) Shape
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64           { return r.W * r.H }
func (r Rect) Scale(f float64) Shape   { return Rect{r.W * f, r.H * f} }
func (r *Rect) Grow(d float64)         { r.W += d; r.H += d }
func (r Rect) String() string          { return fmt.Sprintf("%gx%g", r.W, r.H) }

type Named struct {
	Rect
	Name string
}

type Boxed struct {
	*Rect
	Tags []string
}

type Labeler interface{ Label(prefix string, n ...int) string }

type L string

func (l L) Label(prefix string, n ...int) string { return prefix + string(l) + fmt.Sprint(n) }

func apply(fs []func(Shape) float64, s Shape) {
	for _, f := range fs {
		fmt.Println(f(s))
	}
}

func main() {
	area := Shape.Area
	scale := Shape.Scale
	fmt.Println(area(Rect{2, 3}), area(scale(Rect{1, 1}, 4)))
	apply([]func(Shape) float64{Shape.Area, func(s Shape) float64 { return -s.Area() }}, Rect{5, 5})

	na := Named.Area
	fmt.Println(na(Named{Rect{3, 4}, "n"}))
	ns := Named.String
	fmt.Println(ns(Named{Rect{1, 2}, "x"}))
	pna := (*Named).Area
	fmt.Println(pna(&Named{Rect: Rect{2, 2}}))
	grow := (*Named).Grow
	n := &Named{Rect: Rect{1, 1}}
	grow(n, 2)
	fmt.Println(n.Rect)

	bg := Boxed.Grow
	b := Boxed{Rect: &Rect{1, 1}}
	bg(b, 1)
	fmt.Println(*b.Rect, (*Boxed).Area(&b), Boxed.Area(b))

	lab := Labeler.Label
	fmt.Println(lab(L("x"), "p-", 1, 2))
	anon := interface{ Label(string, ...int) string }.Label
	fmt.Println(anon(L("y"), "q-"))
	st := struct{ L }.Label
	fmt.Println(st(struct{ L }{"z"}, "r-", 3))

	up := fmt.Stringer.String
	fmt.Println(strings.ToUpper(up(Rect{7, 8})))

	defer func() {
		fmt.Println("recovered:", recover())
		var s Shape
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		area(s)
	}()
	var nb Boxed
	Boxed.Area(nb)
}
