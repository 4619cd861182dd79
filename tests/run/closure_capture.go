package main

import "fmt"

type point struct{ x, y int }

func counter(start int) (func() int, func()) {
	n := start
	next := func() int {
		n++
		return n
	}
	reset := func() { n = start }
	return next, reset
}

func adders() []func(int) int {
	var fs []func(int) int
	for i := 0; i < 3; i++ {
		k := i * 10
		fs = append(fs, func(x int) int { return x + k })
	}
	return fs
}

func sumWith(xs []int, f func(int) int) int {
	t := 0
	for _, x := range xs {
		t += f(x)
	}
	return t
}

func main() {
	next, reset := counter(5)
	next()
	next()
	fmt.Println(next())
	reset()
	fmt.Println(next())

	for _, f := range adders() {
		fmt.Println(f(1))
	}

	scale := 3
	fmt.Println(sumWith([]int{1, 2, 3}, func(x int) int { return x * scale }))

	p := point{1, 2}
	show := func() int { return p.x*100 + p.y }
	p.y = 7
	fmt.Println(show())

	var arr [3]int
	func() { arr[1] = 9 }()
	fmt.Println(arr[1])

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))

	total := 0
	add := func(d int) {
		func() {
			func() { total += d }()
		}()
	}
	add(4)
	add(5)
	fmt.Println(total)

	msg := "hi"
	greet := func(name string) string { return msg + " " + name }
	fmt.Println(greet("go"))
}
