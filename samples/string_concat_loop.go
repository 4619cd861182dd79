// Strings concatenated with +. A concatenation whose result does not leave
// the function can use a small buffer in the frame: "a + b does not
// escape". When the result is returned, it must be on the heap:
// "s + sep + w escapes to heap" (one concatenation of three strings, not
// two). sep is only read, so it "does not escape"; but the first word is
// returned as is when there is only one, so "leaking param: words to
// result ~r0 level=1": what words points to may come out as the result.
package main

import "fmt"

func joinAll(words []string, sep string) string {
	s := ""
	for i, w := range words {
		if i == 0 {
			s = w
			continue
		}
		s = s + sep + w
	}
	return s
}

func sameLength(a, b string) bool {
	ab := a + b
	ba := b + a
	return len(ab) == len(ba)
}

func main() {
	words := []string{"stack", "heap", "escape"}
	fmt.Println(joinAll(words, "-"))
	fmt.Println(sameLength("go", "lang"))
}
