// A large live heap: about 300 MB of pointerful nodes kept live in a table,
// with churn: every round replaces a slice of the table with new chains.
package main

import "fmt"

type Obj struct {
	next *Obj
	data [4]*Obj
	n    int
}

func chain(k, seed int) *Obj {
	var head *Obj
	for i := 0; i < k; i++ {
		o := &Obj{next: head, n: seed + i}
		o.data[0] = head
		head = o
	}
	return head
}

func main() {
	const slots = 64 * 1024
	const per = 64 // 64 objects of 48 bytes per chain: ~200 MB of objects, ~300 MB heap
	table := make([]*Obj, slots)
	for i := range table {
		table[i] = chain(per, i)
	}
	sum := 0
	for round := 0; round < 40; round++ {
		for i := 0; i < slots/8; i++ {
			j := (round*7919 + i*31) % slots
			table[j] = chain(per, round+i)
			sum += table[j].n
		}
	}
	live := 0
	for _, o := range table {
		for p := o; p != nil; p = p.next {
			live++
		}
	}
	fmt.Println(sum, live)
}
