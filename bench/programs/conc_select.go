// Select over 4 channels: four producers each send 1,000,000 ints on their
// own buffered channel (capacity 16) and close it; main selects among the
// four until all are closed, so the select finds one or several ready, or
// none and waits on all four.
// ops: 4000000 value received by select
package main

import "fmt"

func produce(c chan<- int, k, n int) {
	for i := 0; i < n; i++ {
		c <- i*4 + k
	}
	close(c)
}

func main() {
	const n = 1000000
	var cs [4]chan int
	for k := range cs {
		cs[k] = make(chan int, 16)
		go produce(cs[k], k, n)
	}
	a, b, c, d := cs[0], cs[1], cs[2], cs[3]
	var sum [4]int
	open := 4
	for open > 0 {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				open--
				continue
			}
			sum[0] += v
		case v, ok := <-b:
			if !ok {
				b = nil
				open--
				continue
			}
			sum[1] += v
		case v, ok := <-c:
			if !ok {
				c = nil
				open--
				continue
			}
			sum[2] += v
		case v, ok := <-d:
			if !ok {
				d = nil
				open--
				continue
			}
			sum[3] += v
		}
	}
	fmt.Println(sum)
}
