// GOGC, seen from inside the program: debug.SetGCPercent changes it and
// returns the old value; -1 turns the collector off, so no cycle runs however
// much garbage the program makes; the heap goal (MemStats.NextGC) after a
// collection of a small heap is go1.19's minimum, 4 MB scaled by GOGC/100.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type Block struct {
	Next *Block
	Data [60]int
}

var sink *Block

func churn(n int) {
	for i := 0; i < n; i++ {
		sink = &Block{Next: sink}
		if i%100 == 0 {
			sink = nil
		}
	}
}

func main() {
	var m runtime.MemStats

	fmt.Println("default GOGC:", debug.SetGCPercent(-1))
	runtime.ReadMemStats(&m)
	before := m.NumGC
	churn(100000) // about 50 MB of garbage
	runtime.ReadMemStats(&m)
	fmt.Println("cycles with GC off:", m.NumGC-before)

	fmt.Println("previous setting:", debug.SetGCPercent(50))
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("goal at GOGC=50:", m.NextGC)

	debug.SetGCPercent(200)
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("goal at GOGC=200:", m.NextGC)

	debug.SetGCPercent(100)
	runtime.ReadMemStats(&m)
	before = m.NumGC
	churn(100000)
	runtime.ReadMemStats(&m)
	fmt.Println("cycles with GC on:", m.NumGC-before > 0)
}
