// Found by difftest (tools/difftest): reading a field through the pointer
// of a literal, (&T{...}).s, is gc's "dot of pointer" in the -m=2
// explanation; reading one of a literal value, T{...}.s, is "dot".
package main

import "fmt"

type T struct {
	n int
	s string
}

var sink any

func viaPointer(x string) string {
	return (&T{s: x}).s
}

func viaValue(x string) string {
	return T{s: x}.s
}

func main() {
	sink = viaPointer("a") + viaValue("b")
	fmt.Println(sink)
}
