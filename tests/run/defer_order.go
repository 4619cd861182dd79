package main

import "fmt"

type logger struct{ prefix string }

func (l logger) log(s string) { fmt.Println(l.prefix, s) }

func lifo() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func named() (r int) {
	defer func() { r *= 2 }()
	r = 5
	return r + 1
}

func args() {
	x := 1
	defer fmt.Println("x at defer:", x)
	x = 2
	l := logger{"old"}
	defer l.log("method")
	l.prefix = "new"
	f := func(s string) { fmt.Println("func value", s) }
	defer f("called")
	f = nil
	defer func() {
		fmt.Println("closure sees x =", x)
	}()
	x = 3
}

func early(n int) (s string) {
	defer func() { s = s + "!" }()
	if n > 0 {
		return "positive"
	}
	return "other"
}

func main() {
	lifo()
	fmt.Println(named())
	args()
	fmt.Println(early(1), early(0))
	defer fmt.Println("main's deferred call")
	fmt.Println("main returns")
}
