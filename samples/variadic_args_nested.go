// Variadic calls inside other calls' arguments: gc packs a call's `...`
// arguments into a slice only when its escape analysis reaches the call,
// and it makes (and explains) each argument's flows as it visits it, an
// allocation before its operands.
package main

import (
	"fmt"
	"strings"
)

var sink interface{}

func keep(a, b interface{}) {
	sink = a
	sink = b
}

func first(xs ...interface{}) {
	sink = xs[0]
}

type Point struct{ X, Y int }

func count(xs ...int) int { return len(xs) }

// make with a non-constant size goes to the heap once the walk is over:
// by then count's call is packed, count(nil...).
func names() string {
	return strings.Join(make([]string, count()+1), "-")
}

func main() {
	x := 1
	y := "s"
	p := &Point{1, 2}
	keep(fmt.Sprintf("%d %s", x, y), 3)
	first(fmt.Sprintf("%d", x), y)
	fmt.Println(fmt.Sprint(x), x)
	keep(strings.Join([]string{fmt.Sprint(p.X), y}, ","), fmt.Sprintln())
	fmt.Println(len(fmt.Sprintf("%v", p)), fmt.Sprint(p.Y, y), *p)
	fmt.Println(sink, names())
}
