// A binary tree built recursively: insert returns a (possibly new) node and
// stores child pointers into nodes, so the nodes escape and the recursive
// function's parameter leaks. The learner should see "&Tree{...} escapes to
// heap" and "leaking param: t" for insert; the walk only reads the tree.
package main

import "fmt"

type Tree struct {
	Left  *Tree
	Val   int
	Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func sum(t *Tree) int {
	if t == nil {
		return 0
	}
	return sum(t.Left) + t.Val + sum(t.Right)
}

func depth(t *Tree) int {
	if t == nil {
		return 0
	}
	l := depth(t.Left)
	r := depth(t.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	var root *Tree
	vals := []int{5, 3, 8, 1, 4, 7, 9}
	for _, v := range vals {
		root = insert(root, v)
	}
	fmt.Println(sum(root), depth(root))
	fmt.Println(root.Left.Val, root.Right.Val)
}
