// Interface dispatch: method calls through an interface in a hot loop.
package main

import "fmt"

type Shape interface {
	Area() int
	Grow(int)
}

type Rect struct{ w, h int }
type Square struct{ s int }

func (r *Rect) Area() int    { return r.w * r.h }
func (r *Rect) Grow(d int)   { r.w += d; r.h -= d }
func (s *Square) Area() int  { return s.s * s.s }
func (s *Square) Grow(d int) { s.s = (s.s + d) & 1023 }

func main() {
	shapes := []Shape{&Rect{3, 4}, &Square{5}, &Rect{1, 2}, &Square{7}}
	sum := 0
	for i := 0; i < 300000000; i++ {
		s := shapes[i&3]
		s.Grow(i & 1)
		sum += s.Area() & 0xff
	}
	fmt.Println(sum)
}
