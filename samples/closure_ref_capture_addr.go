package main

func a() (func(int), func() int) {
	total := 0
	add := func(n int) { total += n }
	get := func() int { return total }
	return add, get
}

func b() func(int) {
	total := 0
	add := func(n int) { total += n }
	return add
}

func c() func(int) {
	total := 0
	return func(n int) { total++ }
}

func d() func(int) {
	total := 0
	return func(n int) { total += n }
}

func e() (func(int), func() int) {
	total := 0
	return func(n int) { total += n }, func() int { return total }
}

func main() {
	x, y := a()
	x(1)
	println(y())
	b()(1)
	c()(1)
	d()(1)
	e()
}
