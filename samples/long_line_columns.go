// Found by difftest (tools/difftest): gc keeps 8 bits of a column, so a
// position from column 255 on is unknown to it and prints without its
// column ("./f.go:12: new(int) does not escape"), in every -m mode.
package main

import "fmt"

type T struct{ n int }

func (t *T) get() int { return t.n }

func main() {
	fmt.Println("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", *new(int), (&T{n: 2}).get(), []int{1, 2}, "b")
}
