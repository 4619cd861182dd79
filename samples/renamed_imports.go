// A package imported under another name (or with a dot) prints in -m
// lines by its own name, as gc prints every type and function:
// &strings.Builder{}, []*strings.Reader{...}, sort.IntSlice(...), never
// the local name the file gave it.
package main

import (
	"fmt"
	st "sort"
	s "strings"
	. "unicode/utf8"
)

var sink interface{}

func builders() int {
	b := &s.Builder{}
	b.WriteString("abc")
	sink = b
	v := s.Builder{}
	sink = &v
	return b.Len()
}

func readers() int {
	rs := []*s.Reader{s.NewReader("x"), s.NewReader("yz")}
	sink = rs
	n := 0
	for _, r := range rs {
		n += r.Len()
	}
	return n
}

func sorted() []int {
	xs := st.IntSlice([]int{3, 1, 2})
	st.Sort(xs)
	sink = xs
	return xs
}

func count(x string) int {
	return RuneCountInString(x) + len(s.Fields(x))
}

func main() {
	fmt.Println(builders(), readers(), sorted(), count("a b c"))
}
