// One goroutine per item, results collected through a channel buffered
// to len(words): no send ever blocks, so every goroutine can finish even
// before main starts receiving. Each result carries its index, so the
// original order is restored whatever order they arrive in. The result
// struct is sent by value (copied into the channel's buffer); the
// string inside it is made by strings.ToUpper, on the heap.
package main

import (
	"fmt"
	"strings"
)

type result struct {
	idx   int
	upper string
	n     int
}

func process(idx int, w string, out chan<- result) {
	out <- result{idx: idx, upper: strings.ToUpper(w), n: len(w)}
}

func main() {
	words := []string{"go", "channels", "select", "heap", "stack"}
	out := make(chan result, len(words))
	for i, w := range words {
		go process(i, w, out)
	}
	res := make([]result, len(words))
	for range words {
		r := <-out
		res[r.idx] = r
	}
	total := 0
	for _, r := range res {
		fmt.Println(r.idx, r.upper, r.n)
		total += r.n
	}
	fmt.Println("total letters:", total)
}
