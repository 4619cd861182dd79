// Memory of parked goroutines: 100,000 goroutines each blocked on a
// receive from one channel; once all are waiting, closing it releases
// them, and each reports back.  The peak RSS is the figure that matters.
// ops: 100000 goroutine parked and released
package main

import "fmt"

func main() {
	const n = 100000
	release := make(chan struct{})
	started := make(chan int, n)
	done := make(chan int, n)
	for i := 0; i < n; i++ {
		go func(i int) {
			started <- i
			<-release
			done <- i
		}(i)
	}
	for i := 0; i < n; i++ {
		<-started
	}
	close(release)
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-done
	}
	fmt.Println(sum)
}
