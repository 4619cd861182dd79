// Package shapes has an interface, types implementing it and embedding.
package shapes

import (
	"fmt"

	"example.com/m1/util"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }

type Square struct {
	Rect
	label string
}

func NewSquare(s float64, label string) *Square {
	return &Square{Rect{s, s}, label}
}

func (s *Square) Name() string { return "square " + s.label }

// Default is a package variable set from another package's.
var Default Shape = Rect{2, float64(util.Sum(1, 2))}

func Describe(s Shape) string {
	return fmt.Sprintf("%s: %.1f", s.Name(), s.Area())
}

func Total(ss []Shape) float64 {
	t := 0.0
	for _, s := range ss {
		t += s.Area()
	}
	return t
}
