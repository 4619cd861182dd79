// Found by difftest (tools/difftest): a conversion to an interface written
// in the source, any(x) or I(x), is named by gc with the conversion
// (`any("a") escapes to heap`); an implicit one by its operand.
package main

import "fmt"

type I interface{ M() int }

type V int

func (v V) M() int { return int(v) }

func f(x int) int { return x + 1 }

//go:noinline
func g(x int) int { return x + 1 }

func main() {
	var x any = any("a")
	var y I = I(V(f(3)))
	z := any(g(f(4)))
	w := interface{}(5)
	var u any = 6
	fmt.Println(x, z, w, u, y.M())
}
