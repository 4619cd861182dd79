// WaitGroup and goroutines started in a loop. In go1.19 a loop variable
// is one variable for the whole loop: a function literal that uses it
// captures it by reference (it is reassigned by i++), so i is moved to
// heap and every goroutine reads whatever value it has when it runs.
// Passing i as an argument copies it into each goroutine instead: one
// value per goroutine, and no variable escapes. With GOMAXPROCS=1 the
// goroutines run only once main waits, after the loop has ended.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	squares := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			squares[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println("by argument:", squares)

	var mu sync.Mutex
	var seen []int
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("captured:", seen)
}
