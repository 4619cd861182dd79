// A goroutine that never blocks must not starve the others: go1.19
// preempts it after 10 ms (sysmon), at a loop back edge here (spin has no
// calls) or at a function's entry (count's loop calls step).
package main

import (
	"fmt"
	"time"
)

var stop, stop2 bool

func spin(n *int) {
	for !stop {
		*n++
	}
}

func step(x int) int { return x + 1 }

func count(n *int) {
	for !stop2 {
		*n = step(*n)
	}
}

func main() {
	var a, b int
	go spin(&a)
	go count(&b)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("main ran while two goroutines spin")
	stop, stop2 = true, true
	time.Sleep(30 * time.Millisecond)
	fmt.Println("they ran:", a > 0, b > 0)
}
