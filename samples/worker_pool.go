// A pool of three workers reads jobs from one channel and sends results
// on another. A channel's buffer is made by the runtime on the heap, so
// whatever a pointer sent on it points to must be on the heap too: the
// receiver may be another goroutine, running after the sender's frame is
// gone ("&Job{...} escapes to heap"). A Result sent by value is copied
// into the buffer and needs no heap of its own. The WaitGroup's address
// goes to every worker through a go statement, so wg is moved to heap.
package main

import (
	"fmt"
	"sync"
)

type Job struct {
	ID    int
	Input []int
}

type Result struct {
	JobID int
	Sum   int
}

func worker(jobs <-chan *Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		s := 0
		for _, v := range j.Input {
			s += v
		}
		results <- Result{JobID: j.ID, Sum: s}
	}
}

func main() {
	jobs := make(chan *Job, 4)
	results := make(chan Result, 16)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	for i := 0; i < 10; i++ {
		jobs <- &Job{ID: i, Input: []int{i, i * i, 1}}
	}
	close(jobs)
	wg.Wait()
	close(results)

	// Results arrive in whatever order the workers finish; index them.
	sums := make([]int, 10)
	for r := range results {
		sums[r.JobID] = r.Sum
	}
	fmt.Println("sums:", sums)
}
