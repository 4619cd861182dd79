// A read-mostly cache guarded by a sync.RWMutex: readers share the read
// lock, a miss takes the write lock and checks again before filling. The
// cache is made by NewCache and returned, so &Cache{...} escapes; the
// strings it stores are made by strconv.Itoa and kept in the map, on the
// heap. The results slice is written by every goroutine through the
// captured variable: the slice header is captured by value, its backing
// array is on the heap because the literal started by go escapes.
package main

import (
	"fmt"
	"strconv"
	"sync"
)

type Cache struct {
	mu     sync.RWMutex
	data   map[int]string
	misses int
}

func NewCache() *Cache {
	return &Cache{data: map[int]string{}}
}

func (c *Cache) lookup(k int) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Get(k int) string {
	if v, ok := c.lookup(k); ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		return v
	}
	v := "v" + strconv.Itoa(k*k)
	c.data[k] = v
	c.misses++
	return v
}

func main() {
	c := NewCache()
	results := make([]string, 8)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = c.Get(i % 3)
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println("misses:", c.misses, "entries:", len(c.data))
}
