package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Name     string
	Children []*Node
}

func (n *Node) Walk(visit func(*Node, int)) { n.walk(visit, 0) }

func (n *Node) walk(visit func(*Node, int), depth int) {
	visit(n, depth)
	for _, c := range n.Children {
		c.walk(visit, depth+1)
	}
}

// gc walks a function literal's body where the literal is: its flows
// come between those of the statements around it
func main() {
	root := &Node{Name: "root"}
	for i := 0; i < 3; i++ {
		root.Children = append(root.Children, &Node{Name: fmt.Sprint("c", i)})
	}
	var lines []string
	root.Walk(func(n *Node, d int) {
		lines = append(lines, strings.Repeat("  ", d)+n.Name)
	})
	fmt.Println(strings.Join(lines, "\n"))
	var names []string
	count := map[int]int{}
	root.Walk(func(n *Node, d int) {
		count[d]++
		names = append(names, n.Name)
	})
	fmt.Println(names, count[0], count[1])
}
