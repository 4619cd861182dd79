// Multiple results: a function returning two pointers leaks each
// parameter to its own result ("leaking param: a to result ~r0 level=0").
// A local whose address is returned as one of several results is
// "moved to heap"; plain int results are just copied.
package main

import "fmt"

type Acc struct {
	Sum int
}

func swap(a, b *Acc) (*Acc, *Acc) {
	return b, a
}

func divmod(x, y int) (int, int) {
	return x / y, x % y
}

func split(n int) (*Acc, int) {
	a := Acc{Sum: n / 2}
	return &a, n - n/2
}

func main() {
	x := Acc{Sum: 1}
	y := Acc{Sum: 2}
	p, q := swap(&x, &y)
	fmt.Println(p.Sum, q.Sum)
	d, m := divmod(17, 5)
	fmt.Println(d, m)
	h, rest := split(9)
	fmt.Println(h.Sum, rest, h)
}
