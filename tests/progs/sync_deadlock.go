// A deadlock's report names what each goroutine waits on: go1.19 says
// "semacquire" for a Mutex, an RWMutex and a WaitGroup, and
// "sync.Cond.Wait" in Cond.Wait.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu, mu2 sync.Mutex
	var rw sync.RWMutex
	c := sync.NewCond(&mu)
	wg.Add(1)
	mu2.Lock()
	rw.Lock()
	go func() {
		mu.Lock()
		c.Wait()
	}()
	go func() { mu2.Lock() }()
	go func() { rw.RLock() }()
	fmt.Println("waiting")
	wg.Wait()
}
