package main

import (
	"fmt"
	"os"

	"example.com/m1/internal/counter"
	"example.com/m1/shapes"
	"example.com/m1/util"
)

type point struct{ x, y int }

func newPoint(x, y int) *point { return &point{x, y} }

func main() {
	c := counter.New()
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func(i int) {
			c.Add(fmt.Sprint("k", i%2))
			done <- true
		}(i)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println(c.Get("k0"), c.Get("k1"))
	ss := []shapes.Shape{shapes.Rect{1, 2}, shapes.NewSquare(3, "a"), shapes.Default}
	for _, s := range ss {
		fmt.Println(shapes.Describe(s))
	}
	fmt.Println(shapes.Total(ss))
	p := newPoint(1, 2)
	x := p.x + p.y
	util.Keep(&x)
	fmt.Println(util.Greeting, util.Join([]string{"a", "b"}, "-"), util.Calls(), util.Kept())
	if len(os.Args) > 1 {
		fmt.Println("args:", os.Args[1:])
	}
}
