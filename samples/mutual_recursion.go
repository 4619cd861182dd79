// Mutual recursion: isEven and isOdd call each other, so the escape
// analysis looks at them together, as one batch, instead of one after the
// other. Neither stores its pointer anywhere, so both report "n does not
// escape" and main's counter stays on the stack. countDown and keep form a
// second pair where keep stores its parameter in a global: the leak is
// found through the cycle, and both functions are "leaking param: c".
package main

import "fmt"

type Counter struct {
	N     int
	Calls int
}

var last *Counter

func isEven(n *Counter) bool {
	n.Calls++
	if n.N == 0 {
		return true
	}
	n.N--
	return isOdd(n)
}

func isOdd(n *Counter) bool {
	n.Calls++
	if n.N == 0 {
		return false
	}
	n.N--
	return isEven(n)
}

func countDown(c *Counter) {
	if c.N > 0 {
		c.N--
		keep(c)
	}
}

func keep(c *Counter) {
	last = c
	countDown(c)
}

func main() {
	a := Counter{N: 7}
	even := isEven(&a)
	fmt.Println(even, a.Calls)
	b := Counter{N: 3}
	countDown(&b)
	fmt.Println(b.N, last.N)
}
