// Uncontended sync.Mutex: 10,000,000 Lock/Unlock pairs around a counter,
// in one goroutine.
// ops: 10000000 Lock and Unlock pair
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func main() {
	var c counter
	for i := 0; i < 10000000; i++ {
		c.inc()
	}
	fmt.Println(c.n)
}
