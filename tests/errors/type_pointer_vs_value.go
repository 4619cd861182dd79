package main

import "fmt"

type Node struct {
	val int
}

func show(n *Node) {
	fmt.Println(n.val)
}

func main() {
	n := Node{val: 1}
	show(n)
}
