// Buffered channel throughput: one producer sends 10,000,000 ints through
// a channel of capacity 128 to one consumer (main), which sums them.
// ops: 10000000 value sent and received
package main

import "fmt"

func main() {
	const n = 10000000
	c := make(chan int, 128)
	go func() {
		for i := 0; i < n; i++ {
			c <- i
		}
		close(c)
	}()
	sum, count := 0, 0
	for v := range c {
		sum += v
		count++
	}
	fmt.Println(count, sum)
}
