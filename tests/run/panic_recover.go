package main

import "fmt"

type T struct{ v int }

func protect(name string, f func()) {
	defer func() {
		fmt.Println(name, "recovered:", recover())
	}()
	f()
}

func index(i int) int {
	s := []int{1, 2, 3}
	return s[i]
}

func divide(a, b int) int { return a / b }

func deref(p *T) int { return p.v }

func safeDiv(a, b int) (q int, ok bool) {
	defer func() {
		if recover() != nil {
			q, ok = -1, false
		}
	}()
	return a / b, true
}

func helper() interface{} { return recover() }

func indirect() (r interface{}) {
	defer func() {
		r = helper() // not called directly by the deferred function: nil
		recover()
	}()
	panic("indirect")
}

func repanic() {
	defer func() {
		fmt.Println("repanic: got", recover())
		panic("again")
	}()
	panic("first")
}

func unwinds() {
	defer fmt.Println("unwinds: deferred call runs")
	panic("through")
}

func main() {
	protect("index", func() { index(5) })
	protect("negative", func() { index(-1) })
	protect("divide", func() { divide(1, 0) })
	protect("nil", func() { deref(nil) })
	protect("value", func() { panic(42) })
	protect("nothing", func() {})
	q, ok := safeDiv(7, 2)
	fmt.Println(q, ok)
	q, ok = safeDiv(7, 0)
	fmt.Println(q, ok)
	fmt.Println(indirect())
	protect("repanic", repanic)
	protect("unwinds", unwinds)
	fmt.Println("still running")
}
