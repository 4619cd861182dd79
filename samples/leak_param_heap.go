// A parameter stored in a global leaks to the heap: the compiler reports
// "leaking param: b", and at the call site the argument's variable is
// "moved to heap". A second function only reads its parameter and the
// variable passed to it stays on the stack. The []int{...} inside the
// moved variable escapes with it.
package main

import "fmt"

type Buf struct {
	Data []int
}

var saved *Buf

func keep(b *Buf) {
	saved = b
}

func first(b *Buf) int {
	return b.Data[0]
}

func main() {
	kept := Buf{Data: []int{1, 2, 3}}
	keep(&kept)
	local := Buf{Data: []int{4, 5, 6}}
	fmt.Println(first(&local))
	fmt.Println(len(saved.Data))
}
