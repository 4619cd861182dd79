package main

import "fmt"

func main() {
	var a int = "a"
	var b string = 1
	c := undefinedThing
	fmt.Printn(a, b, c)
	d := 1 + "x"
	e := !5
	f := -"s"
	var g int8 = 1000
	h := 3 / 0
	fmt.Println(d, e, f, g, h)
	fmt.Println(nope1, nope2, nope3)
}
