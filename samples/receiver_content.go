// A pointer-receiver method that stores its argument into the receiver.
// Push links the new node into the stack: the node is stored through s,
// which may point anywhere, so "leaking param: n". The receiver s only
// has its content leaked: "leaking param content: s" (s.top, read through
// s, goes into n.next). In main the Stack itself stays on the stack,
// while every Node pushed onto it is "moved to heap".
package main

import "fmt"

type Node struct {
	Val  int
	next *Node
}

type Stack struct {
	top  *Node
	size int
}

func (s *Stack) Push(n *Node) {
	n.next = s.top
	s.top = n
	s.size++
}

func (s *Stack) Sum() int {
	total := 0
	for n := s.top; n != nil; n = n.next {
		total += n.Val
	}
	return total
}

func main() {
	var st Stack
	a := Node{Val: 1}
	b := Node{Val: 2}
	st.Push(&a)
	st.Push(&b)
	fmt.Println(st.size, st.Sum(), st.top.Val)
}
