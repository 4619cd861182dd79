// A queue whose consumers wait on a sync.Cond while it is empty: Wait
// unlocks the mutex, sleeps until Signal or Broadcast, and locks again.
// The Cond keeps a pointer to the queue's own mutex (sync.NewCond(&q.mu)),
// so the Queue, made by &Queue{} and returned, is on the heap anyway.
// Items appended to q.items flow into the queue's slice: heap.
package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu     sync.Mutex
	cond   *sync.Cond
	items  []int
	closed bool
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

func (q *Queue) Get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func consume(q *Queue, total *int, count *int, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		v, ok := q.Get()
		if !ok {
			return
		}
		q.mu.Lock()
		*total += v
		*count++
		q.mu.Unlock()
	}
}

func main() {
	q := NewQueue()
	var wg sync.WaitGroup
	total, count := 0, 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go consume(q, &total, &count, &wg)
	}
	for v := 1; v <= 20; v++ {
		q.Put(v)
	}
	q.Close()
	wg.Wait()
	fmt.Println("consumed", count, "items, total", total)
}
