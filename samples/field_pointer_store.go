// Storing a pointer into a field of a struct passed by pointer
// (p.next = &n). The callee does not know where *p lives, so whatever is
// stored through p must be on the heap: the learner should see "moved to
// heap: n" in link, while p itself "does not escape" (only its pointee is
// written). linkParam stores its second parameter the same way, so it is
// "leaking param: q" and the caller's variable moves to the heap.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func link(p *Node, v int) {
	n := Node{Val: v}
	p.Next = &n
}

func linkParam(p *Node, q *Node) {
	p.Next = q
}

func main() {
	head := Node{Val: 1}
	link(&head, 2)
	fmt.Println(head.Val, head.Next.Val)

	a := Node{Val: 10}
	b := Node{Val: 20}
	linkParam(&a, &b)
	fmt.Println(a.Val, a.Next.Val)
}
