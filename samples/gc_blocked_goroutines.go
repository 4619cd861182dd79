// Goroutines blocked on a channel hold the only pointers to their heap
// data: a list each one built, and a buffer. runtime.GC() runs while they
// are blocked; the collector finds those pointers on the goroutines'
// stacks, so nothing they will use is freed. After the release every
// goroutine checks its data. The list nodes escape (returned by build);
// the buffer's size is not a constant, so make([]byte, n) escapes too.
package main

import (
	"fmt"
	"runtime"
)

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

func sum(l *Node) int {
	s := 0
	for ; l != nil; l = l.Next {
		s += l.Val
	}
	return s
}

func holder(id int, ready chan<- int, start <-chan struct{}, out chan<- int) {
	list := build(1000 * (id + 1))
	buf := make([]byte, 4096*(id+1))
	for i := range buf {
		buf[i] = byte(id)
	}
	ready <- id
	<-start // blocked here while main collects
	total := sum(list)
	for _, b := range buf {
		total += int(b)
	}
	out <- total
}

func garbage() int {
	n := 0
	for i := 0; i < 2000; i++ {
		n += sum(build(10))
	}
	return n
}

func main() {
	ready := make(chan int)
	start := make(chan struct{})
	out := make(chan int, 4)
	for id := 0; id < 4; id++ {
		go holder(id, ready, start, out)
	}
	for i := 0; i < 4; i++ {
		<-ready
	}

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	fmt.Println("garbage:", garbage())
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("collections while blocked:", after.NumGC-before.NumGC >= 2)

	close(start)
	total := 0
	for i := 0; i < 4; i++ {
		total += <-out
	}
	fmt.Println("total:", total)
}
