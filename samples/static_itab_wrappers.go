// A value converted to an interface in a package variable's initializer
// gets its itab, and the pointer wrappers (*T).M the itab needs, while
// gc lays out static data, before its inliner has run: those wrappers
// inline nothing, where the ones a function's conversion makes inline T.M.
package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (c Circle) Name() string  { return "circle" }

var Default Shape = Rect{2, 3}

func describe(s Shape) string { return fmt.Sprintf("%s %.1f", s.Name(), s.Area()) }

func main() {
	fmt.Println(describe(Default))
	var c Shape = Circle{1}
	fmt.Println(describe(c))
}
