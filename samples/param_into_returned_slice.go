// A function that stores its parameter in a slice it returns. wrap puts
// the pointer x itself into the new slice, and the slice is returned, so
// "[]*int{...} escapes to heap" and "leaking param: x": the slice's
// backing array is on the heap, and it holds x. wrapValue copies the int
// that x points to into the slice, so only the slice escapes: x is just
// read ("x does not escape"). In main, a is "moved to heap" but b is not.
package main

import "fmt"

func wrap(x *int) []*int {
	return []*int{x}
}

func wrapValue(x *int) []int {
	return []int{*x, *x + 1}
}

func main() {
	a := 1
	b := 2
	ps := wrap(&a)
	vs := wrapValue(&b)
	*ps[0] = 10
	vs[0] = 20
	fmt.Println(a, b, len(ps), vs)
}
