// Goroutines: 1,000,000 started in batches of 1,000, each doing trivial
// work (a product stored in its own slot); a WaitGroup joins each batch.
// ops: 1000000 goroutine started and joined
package main

import (
	"fmt"
	"sync"
)

func main() {
	const batches, batch = 1000, 1000
	res := make([]int, batch)
	var wg sync.WaitGroup
	sum := 0
	for b := 0; b < batches; b++ {
		wg.Add(batch)
		for i := 0; i < batch; i++ {
			go func(i int) {
				res[i] = i * b
				wg.Done()
			}(i)
		}
		wg.Wait()
		for _, v := range res {
			sum += v
		}
	}
	fmt.Println(sum)
}
