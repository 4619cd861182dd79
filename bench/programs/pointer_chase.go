// Pointer chasing: a linked list of 1M nodes in shuffled order, walked
// 15 times.
package main

import "fmt"

type Node struct {
	next *Node
	val  int
}

func main() {
	const n = 1000000
	nodes := make([]*Node, n)
	for i := range nodes {
		nodes[i] = &Node{val: i}
	}
	// a fixed pseudo-random permutation (xorshift), the same in every run
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	x := uint32(2463534242)
	for i := n - 1; i > 0; i-- {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		j := int(x % uint32(i+1))
		perm[i], perm[j] = perm[j], perm[i]
	}
	for i := 0; i < n-1; i++ {
		nodes[perm[i]].next = nodes[perm[i+1]]
	}
	head := nodes[perm[0]]
	sum := 0
	for r := 0; r < 15; r++ {
		for p := head; p != nil; p = p.next {
			sum += p.val
		}
	}
	fmt.Println(sum)
}
