// Unbuffered channels: 1,000,000 round trips between two goroutines, each
// receiving a value and sending it back incremented.
// ops: 1000000 round trip
package main

import "fmt"

func main() {
	const n = 1000000
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(v, ok)
}
