// Allocation-heavy: the benchmarks game's binary trees (depth 18), every
// node a small heap object that dies young.
package main

import "fmt"

type Node struct {
	left, right *Node
}

func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	const minDepth = 4
	maxDepth := 18
	stretch := maxDepth + 1
	fmt.Println("stretch tree of depth", stretch, "check:", bottomUp(stretch).check())
	long := bottomUp(maxDepth)
	for d := minDepth; d <= maxDepth; d += 2 {
		iters := 1 << uint(maxDepth-d+minDepth)
		check := 0
		for i := 0; i < iters; i++ {
			check += bottomUp(d).check()
		}
		fmt.Println(iters, "trees of depth", d, "check:", check)
	}
	fmt.Println("long lived tree of depth", maxDepth, "check:", long.check())
}
