// 100,000 goroutines, all blocked on one channel, then released at once
// by closing it. Each goroutine's stack starts small and lives in the
// heap; the function literal they run escapes (go), and the sum they all
// add to is captured by reference: moved to heap. The argument v is
// passed by value, copied into each goroutine's closure.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

const N = 100000

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	var sum int64
	for i := 0; i < N; i++ {
		wg.Add(1)
		go func(v int64) {
			defer wg.Done()
			<-start
			atomic.AddInt64(&sum, v)
		}(int64(i))
	}
	fmt.Println("goroutines before release:", runtime.NumGoroutine())
	close(start)
	wg.Wait()
	fmt.Println("sum:", atomic.LoadInt64(&sum), "want:", int64(N)*(N-1)/2)
}
