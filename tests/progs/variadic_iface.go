package main

import "fmt"

type I interface {
	M(a int, rest ...string) int
}

type T struct{ base int }

func (t T) M(a int, rest ...string) int { return t.base + a + len(rest) }

func main() {
	var i I = T{100}
	fmt.Println(i.M(1), i.M(1, "a", "b"), i.M(2, []string{"x"}...))
	fmt.Println(I.M(i, 5, "z"))


}
