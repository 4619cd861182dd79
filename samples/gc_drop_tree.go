// Building a large tree and dropping it: while the tree is reachable the
// collector must keep every node; once the last pointer to it is gone,
// runtime.GC() (a full, blocking collection) frees it, and the heap's
// live bytes (MemStats.HeapAlloc) fall back. The learner should see that
// "escapes to heap" is not "lives forever": heap memory is reclaimed when
// nothing points to it any more.
package main

import (
	"fmt"
	"runtime"
)

type Tree struct {
	Left, Right *Tree
	Val         int
}

func build(depth int) *Tree {
	if depth == 0 {
		return &Tree{Val: 1}
	}
	return &Tree{Left: build(depth - 1), Right: build(depth - 1), Val: 1}
}

func count(t *Tree) int {
	if t == nil {
		return 0
	}
	return t.Val + count(t.Left) + count(t.Right)
}

var forest []*Tree

func main() {
	var m runtime.MemStats

	for i := 0; i < 4; i++ {
		forest = append(forest, build(14))
	}
	runtime.GC()
	runtime.ReadMemStats(&m)
	live := m.HeapAlloc
	fmt.Println("nodes:", count(forest[0])*len(forest))
	fmt.Println("more than 2 MB live:", live > 2<<20)

	forest = nil
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("after dropping, under 1 MB live:", m.HeapAlloc < 1<<20)
	fmt.Println("most of it freed:", m.HeapAlloc < live/10)
	fmt.Println("forced collections:", m.NumForcedGC)
}
