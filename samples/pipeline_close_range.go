// A pipeline of three stages joined by unbuffered channels: gen emits
// numbers, sq squares what it receives, main sums the squares. Each stage
// closes its output when its input is exhausted, which ends the next
// stage's range loop. The channels are made inside gen and sq and
// returned: make(chan) always allocates in the runtime's heap and is
// never reported. The function literals started by go capture the
// channel (and gen's nums slice), so each literal escapes, and so does
// the ... argument slice gen receives.
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func main() {
	total := 0
	for v := range sq(sq(gen(1, 2, 3, 4))) {
		fmt.Println(v)
		total += v
	}
	fmt.Println("total", total)

	// A closed channel yields zero values forever, with ok == false.
	c := gen()
	v, ok := <-c
	fmt.Println(v, ok)
}
