package main

import "fmt"

type E struct{ n int }

func (e E) get() int  { return e.n }
func (e *E) inc()     { e.n++ }

type S struct {
	x int
	E
}

func main() {
	s := S{1, E{5}}
	s.inc()
	fmt.Println(s.get())
	g := s.get
	i := s.inc
	i()
	fmt.Println(g(), s.get())
	p := &s
	h := p.get
	fmt.Println(h())
	defer s.inc()
	defer fmt.Println(s.n)
}
