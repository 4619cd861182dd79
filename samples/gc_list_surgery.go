// Pointer surgery on two linked lists while the garbage collector runs:
// move() unlinks a node from list a and links it into list b. While the
// collector marks incrementally, b may already be scanned (black) and the
// node not yet (white); the store into b.next goes through the write
// barrier, which shades the node, so the collector cannot lose it when the
// old link from a is overwritten. Every node must survive: the sums at the
// end are those of 0..4999. (minigo's GODEBUG=gcstress=1 checks the
// barrier's invariant after every allocation.)
package main

import "fmt"

type N struct {
	next *N
	v    int
}

var a, b, sink *N

func push(l *N, v int) {
	l.next = &N{next: l.next, v: v}
}

func move() {
	x := a.next
	if x == nil {
		return
	}
	a.next = x.next
	x.next = b.next
	b.next = x
}

func sum(l *N) (int, int) {
	n, s := 0, 0
	for p := l.next; p != nil; p = p.next {
		n++
		s += p.v
	}
	return n, s
}

func main() {
	a = &N{}
	b = &N{}
	for i := 0; i < 5000; i++ {
		push(a, i)
	}
	for round := 0; round < 20; round++ {
		for i := 0; i < 5000; i++ {
			move()
			sink = &N{v: i}
		}
		a, b = b, a
	}
	n, s := sum(a)
	m, t := sum(b)
	fmt.Println(n, s, m, t)
}
