// Deferred calls in a loop whose ... slice gc builds inside the defer's
// wrapper (implicit, or a slice literal passed with ...): every deferred
// call keeps its own elements.
package main

import "fmt"

func f(xs ...*int) {
	for _, x := range xs {
		fmt.Print(*x, " ")
	}
	fmt.Println()
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer", i)
		j := i * 10
		defer f([]*int{&j}...)
		k := i * 100
		defer f(&k, &j)
	}
}
