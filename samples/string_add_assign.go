package main

import "fmt"

var sink string

// s += x is an assignment of x to s for gc's escape analysis: x's bytes
// may be the result (when s is empty), so xs leaks to the result
func join(xs []string) string {
	s := ""
	for _, x := range xs {
		s += x
	}
	return s
}

func joinSep(xs []string) string {
	s := ""
	for _, x := range xs {
		s += x + ":"
	}
	return s
}

//go:noinline
func clobber(n int) int {
	var buf [64]int
	for i := range buf {
		buf[i] = n * i
	}
	return buf[n%64]
}

func main() {
	b := []byte("hello")
	r := join([]string{string(b)})
	sink = r
	m := map[string]string{}
	m["a"] += sink + "!"
	m["a"] += r
	clobber(3)
	fmt.Println(r, sink, joinSep([]string{"x", string(b[1:])}), m["a"])
}
