// A deadlock: main waits for a result that a goroutine would send, but
// that goroutine waits on a channel nobody sends on. When every goroutine
// is blocked, the runtime stops the program: "fatal error: all goroutines
// are asleep - deadlock!", exit status 2, and a header for each blocked
// goroutine. The channels are on the heap whatever escape analysis says;
// the function literal escapes because go starts it.
package main

import "fmt"

func main() {
	requests := make(chan int)
	results := make(chan int)
	go func() {
		r := <-requests
		results <- r * 2
	}()
	fmt.Println("waiting for a result")
	fmt.Println(<-results)
}
