// Two goroutines pass a ball back and forth on unbuffered channels: each
// send waits for the matching receive, so the hits alternate exactly. The
// Ball is made with &Ball{} and handed over by pointer, so it escapes;
// only one goroutine touches it at a time, which is what the handover
// guarantees. The player's name and channels are copied into the
// goroutine when go starts it.
package main

import "fmt"

type Ball struct {
	Hits int
	Log  []string
}

func player(name string, in <-chan *Ball, out chan<- *Ball, done chan<- *Ball) {
	for b := range in {
		b.Hits++
		b.Log = append(b.Log, name)
		if b.Hits == 6 {
			done <- b
			return
		}
		out <- b
	}
}

func main() {
	ping := make(chan *Ball)
	pong := make(chan *Ball)
	done := make(chan *Ball)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- &Ball{}
	b := <-done
	fmt.Println(b.Hits, b.Log)
}
