// A composite literal whose address escapes takes the literals inside it
// along: their storage is referenced from the heap. gc decides the outer
// literal's fate before it looks at the elements, so at -m=2 the outer
// "escapes to heap" comes first and each inner literal follows at once,
// explained by a single flow into the outer one's storage.
package main

import "fmt"

type Node struct {
	name string
	kids []*Node
	tags map[string]int
}

var roots []*Node

func keep(n *Node) { roots = append(roots, n) }

func describe(x interface{}) string { return fmt.Sprint(x != nil) }

func main() {
	leaf := "leaf"
	keep(&Node{name: "root", kids: []*Node{{name: "a"}, {name: leaf}}})
	keep(&Node{tags: map[string]int{"k": 1}, kids: []*Node{{kids: []*Node{{}}}}})
	s := describe(&Node{name: leaf, kids: []*Node{{}}})
	total := 0
	for _, r := range roots {
		total += len(r.kids)
	}
	fmt.Println(len(roots), total, s)
}
