// Which goroutine gets a sync.Mutex, as go1.19 decides with one P: a
// running goroutine takes the mutex before the waiter its Unlock woke
// (normal mode; the loser queues again at the front); a waiter that
// waited more than 1 ms and still finds the mutex locked switches it to
// starvation mode, where Unlock hands it to the first waiter, which runs
// at once, until the last waiter or a short wait switches back.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"
)

var trace []string

func say(s string) { trace = append(trace, s) }

func normal() {
	var mu sync.Mutex
	mu.Lock()
	for i := 0; i < 3; i++ {
		go func(i int) {
			mu.Lock()
			say(fmt.Sprint(i))
			mu.Unlock()
		}(i)
	}
	runtime.Gosched()
	mu.Unlock()
	mu.Lock()
	say("m")
	mu.Unlock()
	runtime.Gosched()
	mu.Lock()
	say("M")
	mu.Unlock()
	runtime.Gosched()
	runtime.Gosched()
}

func starving() {
	var mu sync.Mutex
	mu.Lock()
	for _, s := range []string{"a", "b", "c"} {
		go func(s string) {
			mu.Lock()
			say(s)
			mu.Unlock()
			say(s)
		}(s)
	}
	runtime.Gosched()
	time.Sleep(2 * time.Millisecond)
	mu.Unlock()
	mu.Lock()
	say("m")
	runtime.Gosched()
	say("u")
	mu.Unlock()
	say("x")
	mu.Lock()
	say("M")
	mu.Unlock()
	say("y")
	runtime.Gosched()
	say(fmt.Sprint(mu.TryLock(), mu.TryLock()))
	mu.Unlock()
}

func counter() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := 0
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				n++
				if i%100 == 0 {
					runtime.Gosched()
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	say(fmt.Sprint(n))
}

func main() {
	normal()
	fmt.Println(strings.Join(trace, " "))
	trace = nil
	starving()
	fmt.Println(strings.Join(trace, " "))
	trace = nil
	counter()
	fmt.Println(strings.Join(trace, " "))
}
