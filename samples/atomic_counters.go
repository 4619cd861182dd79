// Counting from many goroutines without a mutex: atomic.AddInt64 on a
// plain int64, and the typed atomic.Int64 and atomic.Int32 of go1.19.
// Passing &hits to atomic.AddInt64 does not make hits escape; it is the
// function literal started by go, capturing hits by reference, that moves
// it to heap. The Stats struct is shared by pointer with each goroutine:
// &stats reaches a go statement, so stats is moved to heap as well.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	errors   atomic.Int32
}

func handle(id int, s *Stats, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 100; i++ {
		s.requests.Add(1)
		if (id+i)%7 == 0 {
			s.errors.Add(1)
		}
	}
}

func main() {
	var wg sync.WaitGroup
	var hits int64
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				atomic.AddInt64(&hits, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("hits:", atomic.LoadInt64(&hits))

	var stats Stats
	for id := 0; id < 8; id++ {
		wg.Add(1)
		go handle(id, &stats, &wg)
	}
	wg.Wait()
	fmt.Println("requests:", stats.requests.Load(), "errors:", stats.errors.Load())

	var local int32
	atomic.StoreInt32(&local, 5)
	fmt.Println("swapped:", atomic.CompareAndSwapInt32(&local, 5, 6), atomic.LoadInt32(&local))
}
