// append as another call's argument: gc joins the appended-to slice's two
// destinations (the call's parameter, and the heap for its elements)
// through a temporary, made before it walks append's arguments; the
// flows of a variadic call among them come after.
package main

import (
	"fmt"
	"sort"
)

var sink []*int

func main() {
	n := 3
	names := append(make([]string, 2), fmt.Sprintf("%d:%s", n, "z"))
	sort.Strings(append(make([]string, 16), fmt.Sprintf("%d:%s", n, "go")))
	sort.Strings(append([]string{}, fmt.Sprint(n, "a"), fmt.Sprint("b", n)))
	p := new(int)
	sink = append(sink, p)
	fmt.Println(len(names), names[2], len(sink))
}
