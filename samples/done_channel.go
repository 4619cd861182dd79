// Cancellation by closing a done channel: a close wakes every goroutine
// receiving from it, so one close stops any number of them. The generator
// keeps sending until done is closed; the watchers only wait for done.
// The channels are captured by the function literals started with go,
// which escape; the counter the watchers update is captured by reference
// (it is assigned), so it is moved to heap.
package main

import (
	"fmt"
	"sync"
)

func generator(done <-chan struct{}, start int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := start; ; i++ {
			select {
			case ch <- i:
			case <-done:
				return
			}
		}
	}()
	return ch
}

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	stopped := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-done
			mu.Lock()
			stopped++
			mu.Unlock()
		}()
	}

	g := generator(done, 1)
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-g
	}
	fmt.Println("sum of first five:", sum)

	close(done)
	for range g { // drain until the generator sees done and closes g
	}
	wg.Wait()
	fmt.Println("generator closed its channel; watchers stopped:", stopped)
}
