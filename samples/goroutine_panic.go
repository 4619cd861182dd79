// A panic ends only the goroutine's own deferred calls: recover works in
// the goroutine that panicked, so the first worker turns its panic into
// an error sent on a channel. The second worker does not recover, and an
// unrecovered panic in any goroutine kills the whole program (exit status
// 2), without running main's deferred calls. The error is made by
// fmt.Errorf and sent on a channel: on the heap.
package main

import "fmt"

func safeDivide(a, b int, errs chan<- error) {
	defer func() {
		if r := recover(); r != nil {
			errs <- fmt.Errorf("recovered: %v", r)
			return
		}
		errs <- nil
	}()
	fmt.Println("quotient", a/b)
}

func main() {
	defer fmt.Println("main's deferred call does not run")
	errs := make(chan error)
	go safeDivide(10, 2, errs)
	fmt.Println(<-errs)
	go safeDivide(1, 0, errs)
	fmt.Println(<-errs)

	done := make(chan bool)
	go func() {
		var table map[string]int
		table["x"] = 1 // panics: assignment to entry in nil map
		done <- true
	}()
	<-done
	fmt.Println("not reached")
}
