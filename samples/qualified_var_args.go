// Arguments converted to interfaces for a call gc does not inline: gc
// gives each conversion the position of the last argument that was not a
// variable (or the call's '(' when there was none), and a package's
// variable named with its package (os.Stdout) is a variable as much as a
// local is.
package main

import (
	"fmt"
	"os"
)

type pair struct{ a, b int }

func main() {
	count := 0
	for i := 0; i < 4; i++ {
		count += i
	}
	p := pair{count, 2}
	fmt.Fprintln(os.Stdout, count, p)
	fmt.Fprintln(os.Stdout, p.a, count)
	fmt.Fprint(os.Stdout, count, "\n")
	fmt.Fprintf(os.Stdout, "%d %v\n", count, os.Args[0] != "")
}
