// A map shared by several goroutines, guarded by a sync.Mutex kept in the
// same struct. Inc and Get lock through the pointer receiver, which does
// not escape: the methods only lock, touch the map and unlock. But the
// goroutines' function literal calls c.Inc, so it captures c by
// reference, and a literal started by go escapes: c is moved to heap. The
// word each goroutine counts is passed as an argument, a copy for each.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func (c *Counter) Get(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

func main() {
	c := Counter{m: make(map[string]int)}
	var wg sync.WaitGroup
	words := []string{"apple", "banana", "apple", "cherry", "banana", "apple"}
	for _, w := range words {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			c.Inc(w)
		}(w)
	}
	wg.Wait()
	for _, k := range []string{"apple", "banana", "cherry", "durian"} {
		fmt.Println(k, c.Get(k))
	}
}
