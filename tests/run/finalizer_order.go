// Finalizers run on their own goroutine, one at a time, once a cycle
// finds their objects unreachable; a finalizer may resurrect its object
// and set a finalizer again; SetFinalizer(x, nil) clears one.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct {
	id   int
	kid  *Kid
	note string
}

type Kid struct{ name string }

var ran = make(chan int, 100)

var saved *T

//go:noinline
func makeSome(from, n int) {
	for i := from; i < from+n; i++ {
		t := &T{id: i, kid: &Kid{fmt.Sprint("kid", i)}}
		runtime.SetFinalizer(t, func(t *T) {
			// what the object reaches is still there
			if t.kid.name != fmt.Sprint("kid", t.id) {
				panic("finalizer sees a freed child")
			}
			ran <- t.id
		})
	}
}

func wait(n int) []int {
	var got []int
	timeout := time.After(5 * time.Second)
	for len(got) < n {
		runtime.GC()
		select {
		case id := <-ran:
			got = append(got, id)
		case <-timeout:
			fmt.Println("timeout after", got)
			return got
		case <-time.After(10 * time.Millisecond):
		}
	}
	return got
}

//go:noinline
func cleared() {
	c := &T{id: 99}
	runtime.SetFinalizer(c, func(t *T) { ran <- t.id })
	runtime.SetFinalizer(c, nil)
}

//go:noinline
func resurrect() {
	r := &T{id: 50, kid: &Kid{"kept"}}
	runtime.SetFinalizer(r, func(t *T) {
		saved = t
		ran <- t.id
	})
}

func main() {
	makeSome(0, 5)
	got := wait(5)
	seen := map[int]bool{}
	for _, id := range got {
		seen[id] = true
	}
	fmt.Println("finalized", len(seen), "distinct of 5, in the order", got)

	cleared()
	makeSome(10, 1)
	fmt.Println("after clearing:", wait(1))
	time.Sleep(20 * time.Millisecond)
	select {
	case id := <-ran:
		fmt.Println("unexpected finalizer", id)
	default:
		fmt.Println("cleared finalizer did not run")
	}

	resurrect()
	fmt.Println("resurrected:", wait(1), saved.note == "", saved.kid.name)
	// the finalizer ran once: set it again on the resurrected object
	runtime.SetFinalizer(saved, func(t *T) { ran <- t.id + 1000 })
	saved = nil
	fmt.Println("again:", wait(1))
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
