// Whether a function literal captures a variable by value: never
// reassigned (after the literal first captures it), address never taken,
// at most 128 bytes.  A return statement assigns the named results, a
// bare one too; a store through (&x).f does not assign x.
package main

import "fmt"

type Big struct {
	xs   []int
	pad  [4]int
	name string
}

func results(n int) (sum int, count int) {
	count = n
	get := func() int { return count * 2 }
	sum = get()
	return
}

func through(b Big) int {
	(&b).xs = []int{1, 2}
	f := func() int { return len(b.xs) + len(b.name) }
	return f()
}

func main() {
	s, c := results(3)
	fmt.Println(s, c, through(Big{name: "b"}))
}
