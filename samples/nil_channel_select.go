// Merging two channels until both are closed. A receive from a nil
// channel blocks forever, so setting a closed channel's variable to nil
// disables its select case, and the loop ends when both are nil. The
// channel variables are assigned, but stay in main's frame: only their
// values (pointers to the runtime's channels) were ever captured, by the
// arguments of the go statements.
package main

import "fmt"

func send(ch chan<- int, vals ...int) {
	for _, v := range vals {
		ch <- v
	}
	close(ch)
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go send(a, 1, 2, 3)
	go send(b, 10, 20)

	sum, count, closed := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closed++
				continue
			}
			sum += v
			count++
		case v, ok := <-b:
			if !ok {
				b = nil
				closed++
				continue
			}
			sum += v
			count++
		}
	}
	fmt.Println("received", count, "values, sum", sum, "closed", closed)

	// A nil channel in a select with default: never ready.
	var never chan int
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel not ready")
	}
}
