// A linked list built in a loop: each &Node{...} is allocated inside the loop
// and linked into a list that outlives the iteration, and the head is
// returned, so every node escapes. The learner should see
// "&Node{...} escapes to heap", and "l does not escape" for the reader.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func build(n int) *Node {
	var head *Node
	for i := 0; i < n; i++ {
		head = &Node{Val: i, Next: head}
	}
	return head
}

func length(l *Node) int {
	n := 0
	for ; l != nil; l = l.Next {
		n++
	}
	return n
}

func main() {
	l := build(5)
	fmt.Println(length(l))
	for p := l; p != nil; p = p.Next {
		fmt.Println(p.Val)
	}
}
