// Package counter is internal to the module.
package counter

import "sync"

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func New() *Counter { return &Counter{n: make(map[string]int)} }

func (c *Counter) Add(k string) {
	c.mu.Lock()
	c.n[k]++
	c.mu.Unlock()
}

func (c *Counter) Get(k string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[k]
}
