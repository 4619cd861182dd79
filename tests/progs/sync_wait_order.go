// The orders go1.19 wakes goroutines in with one P: WaitGroup's waiters,
// a Once whose f is running, Cond's Signal (the longest waiter) and
// Broadcast (all, in the order they waited, each readied to run next, so
// the last readied runs first), an RWMutex's waiting writer and the
// readers it held back.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

var trace []string

func say(s ...any) { trace = append(trace, fmt.Sprint(s...)) }

func flush(name string) {
	fmt.Println(name+":", strings.Join(trace, " "))
	trace = nil
}

func waitgroup() {
	var wg sync.WaitGroup
	wg.Add(3)
	for _, s := range []string{"a", "b", "c"} {
		go func(s string) {
			say(s)
			wg.Done()
			say(s)
		}(s)
	}
	for _, s := range []string{"x", "y"} {
		go func(s string) {
			wg.Wait()
			say(s)
		}(s)
	}
	wg.Wait()
	say("m")
	runtime.Gosched()
}

func once() {
	var once sync.Once
	for _, s := range []string{"a", "b"} {
		go func(s string) {
			once.Do(func() {
				say("f", s)
				runtime.Gosched()
				say("F", s)
			})
			say(s)
		}(s)
	}
	runtime.Gosched()
	once.Do(func() { say("never") })
	say("m")
	var o2 sync.Once
	func() {
		defer func() { say(recover()) }()
		o2.Do(func() { panic("boom") })
	}()
	o2.Do(func() { say("again") })
}

func cond() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := 0
	for _, s := range []string{"a", "b", "c", "d"} {
		go func(s string) {
			mu.Lock()
			for ready == 0 {
				c.Wait()
			}
			ready--
			say(s)
			mu.Unlock()
		}(s)
	}
	runtime.Gosched()
	mu.Lock()
	ready = 1
	c.Signal()
	mu.Unlock()
	runtime.Gosched()
	say("|")
	mu.Lock()
	ready = 3
	c.Broadcast()
	mu.Unlock()
	runtime.Gosched()
}

func rwmutex() {
	var rw sync.RWMutex
	rw.RLock()
	go func() {
		rw.Lock()
		say("W")
		rw.Unlock()
		say("w")
	}()
	runtime.Gosched()
	say(rw.TryRLock())
	for _, s := range []string{"a", "b"} {
		go func(s string) {
			rw.RLock()
			say(s)
			rw.RUnlock()
		}(s)
	}
	runtime.Gosched()
	say("u")
	rw.RUnlock()
	say("v")
	runtime.Gosched()
}

func main() {
	waitgroup()
	flush("waitgroup")
	once()
	flush("once")
	cond()
	flush("cond")
	rwmutex()
	flush("rwmutex")
}
