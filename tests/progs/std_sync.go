package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func main() {
	c := counter{n: map[string]int{}}
	c.inc("a")
	c.inc("a")
	c.inc("b")
	fmt.Println(c.n)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	wg.Wait()
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	rw.Unlock()
	var l sync.Locker = &c.mu
	l.Lock()
	fmt.Println(c.mu.TryLock())
	l.Unlock()
	p := sync.Pool{New: func() any { return 7 }}
	fmt.Println(p.Get())
	fmt.Println("done")
}
