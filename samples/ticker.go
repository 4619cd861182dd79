// A time.Ticker sends the time on its channel C at every period until
// Stop. time.NewTicker allocates the Ticker inside package time (on the
// heap); here we only read t.C and call Stop, which do not make t escape.
// Ticks are counted and times compared, never printed, so the output is
// the same on every run (start is taken before the Ticker is made: its
// ticks come at least one period apart after that).
package main

import (
	"fmt"
	"time"
)

func main() {
	const period = 10 * time.Millisecond
	start := time.Now()
	t := time.NewTicker(period)
	var last time.Time
	n := 0
	for n < 3 {
		last = <-t.C
		n++
	}
	t.Stop()
	fmt.Println("ticks:", n, "elapsed >= 3 periods:", time.Since(start) >= 3*period)
	fmt.Println("last tick after start:", last.After(start))

	// After Stop no tick arrives: a select with a timeout proves it.
	select {
	case <-t.C:
		fmt.Println("unexpected tick")
	case <-time.After(3 * period):
		fmt.Println("no tick after Stop")
	}
}
