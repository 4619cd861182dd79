// copy and append of slices of pointers. Copying pointers into a slice
// whose backing array may live anywhere, or appending them to a slice
// that may be reallocated on the heap, makes what they point to escape:
// -m=2 explains it through the call's argument ("call parameter"), then
// the elements it copies ("copied slice", "appended slice...").
package main

import "fmt"

type Item struct{ name string }

var registry []*Item

func register(items ...*Item) {
	registry = append(registry, items...)
}

func snapshot(dst []*Item) int {
	return copy(dst, registry)
}

func main() {
	a, b := Item{"a"}, Item{"b"}
	register(&a, &b)

	local := make([]*Item, 0, 4)
	c := Item{"c"}
	local = append(local, []*Item{&c}...)

	out := make([]*Item, 2)
	n := snapshot(out)
	d := Item{"d"}
	copy(out, []*Item{&d})
	fmt.Println(n, len(local), out[0].name, out[1].name)
}
