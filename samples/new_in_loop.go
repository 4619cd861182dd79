// new(int) inside a loop. When the pointer is only used within the
// iteration, each new(int) can reuse the same stack slot: "new(int) does
// not escape". When the pointers are kept in a slice that outlives the
// iteration, every new(int) must be a separate heap object: "new(int)
// escapes to heap" (a store through a slice index goes to the heap).
package main

import "fmt"

func notKept(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		p := new(int)
		*p = i * 10
		total += *p
	}
	return total
}

func kept(n int) []*int {
	ptrs := make([]*int, n)
	for i := 0; i < n; i++ {
		p := new(int)
		*p = i * 10
		ptrs[i] = p
	}
	return ptrs
}

func main() {
	fmt.Println(notKept(4))
	ps := kept(4)
	sum := 0
	for _, p := range ps {
		sum += *p
	}
	fmt.Println(len(ps), sum)
}
