// Fan-in: two producers send on channels of their own, and one loop
// merges them with select until time.After's channel delivers. The
// strings sent are made by fmt.Sprintf (heap); a string on a channel is
// only its header, copied into the channel. Which producer select picks
// when both are ready is random, so the merged messages are sorted before
// they are printed.
package main

import (
	"fmt"
	"sort"
	"time"
)

func producer(name string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			ch <- fmt.Sprintf("%s-%d", name, i)
		}
	}()
	return ch
}

func main() {
	a := producer("a", 3)
	b := producer("b", 2)
	timeout := time.After(50 * time.Millisecond)
	var got []string
	for {
		select {
		case s := <-a:
			got = append(got, s)
		case s := <-b:
			got = append(got, s)
		case <-timeout:
			sort.Strings(got)
			fmt.Println("timed out after", len(got), "messages:", got)
			return
		}
	}
}
