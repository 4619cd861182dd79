// A name a dot import brings in (import . "strings") prints in -m lines
// qualified by its package, as gc prints every imported name:
// &strings.Builder{}, strings.ToUpper("x") escapes to heap.
package main

import (
	"fmt"
	. "strings"
)

var sink interface{}

func main() {
	b := &Builder{}
	b.WriteString("x")
	sink = b
	rs := []*Reader{NewReader("a")}
	sink = rs
	up := ToUpper
	fmt.Println(b.String(), Contains("ab", "a"), ToUpper("x"), up("y"), len(rs))
}
