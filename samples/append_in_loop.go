// Slices grown with append in a loop. append itself is never reported by -m:
// when the capacity runs out, the runtime (growslice) allocates a new backing
// array on the heap. Only the explicit make with a constant capacity shows
// up, as "does not escape". The output shows cap doubling: 1 2 4 8 16.
package main

import "fmt"

func squares(n int) []int {
	var out []int
	for i := 0; i < n; i++ {
		out = append(out, i*i)
	}
	return out
}

func localSum(n int) int {
	buf := make([]int, 0, 4)
	for i := 0; i < n; i++ {
		buf = append(buf, i)
	}
	t := 0
	for _, v := range buf {
		t += v
	}
	return t
}

func main() {
	s := squares(6)
	fmt.Println(len(s), s[5])
	var g []int
	for i := 0; i < 10; i++ {
		g = append(g, i)
		fmt.Println(len(g), cap(g))
	}
	fmt.Println(localSum(4))
}
