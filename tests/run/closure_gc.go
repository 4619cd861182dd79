package main

import (
	"fmt"
	"runtime"
)

type node struct {
	v    int
	next *node
}

func garbage() {
	for i := 0; i < 2000; i++ {
		_ = make([]int, 64)
	}
}

func makeClosures() []func() int {
	var fs []func() int
	for i := 0; i < 500; i++ {
		p := &node{v: i}
		p.next = &node{v: 2 * i}
		fs = append(fs, func() int { return p.v + p.next.v })
	}
	return fs
}

type box struct{ list *node }

func (b *box) sum() int {
	t := 0
	for n := b.list; n != nil; n = n.next {
		t += n.v
	}
	return t
}

func deferred() (total int) {
	for i := 0; i < 200; i++ {
		p := &node{v: i}
		defer func() { total += p.v }()
		garbage()
	}
	runtime.GC()
	return 0
}

func main() {
	fs := makeClosures()
	garbage()
	runtime.GC()
	t := 0
	for _, f := range fs {
		t += f()
	}
	fmt.Println(t)

	b := &box{}
	for i := 0; i < 100; i++ {
		b.list = &node{v: i, next: b.list}
	}
	sum := b.sum
	b = nil
	garbage()
	runtime.GC()
	fmt.Println(sum())

	fmt.Println(deferred())
}
