// A buffered channel of empty structs used as a counting semaphore: at
// most two workers are inside the guarded section at once. struct{}
// values take no memory, so the channel's buffer holds only a count.
// The Stats are shared through a pointer that every worker gets from a
// go statement: st is moved to heap; out's backing array too, as its
// header is passed along. The deferred function literal that releases
// the semaphore is a top-level defer: it stays on the stack.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var sem = make(chan struct{}, 2)

type Stats struct {
	mu        sync.Mutex
	active    int
	maxActive int
	entered   int
}

func work(id int, st *Stats, out []int, wg *sync.WaitGroup) {
	defer wg.Done()
	sem <- struct{}{}
	defer func() { <-sem }()

	st.mu.Lock()
	st.active++
	st.entered++
	if st.active > st.maxActive {
		st.maxActive = st.active
	}
	st.mu.Unlock()

	runtime.Gosched() // let the others try to enter
	out[id] = id * id

	st.mu.Lock()
	st.active--
	st.mu.Unlock()
}

func main() {
	var st Stats
	out := make([]int, 6)
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go work(i, &st, out, &wg)
	}
	wg.Wait()
	fmt.Println("entered:", st.entered, "max inside at once:", st.maxActive, "inside now:", st.active)
	fmt.Println(out, len(sem))
}
