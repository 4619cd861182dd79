// A finalizer may take the object as an interface it implements, or a
// pointer type assignable from the object's; results are ignored.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct{ n int }

func (t *T) String() string { return fmt.Sprint("T", t.n) }

type U struct{ n int }

type P *U

var done = make(chan string, 10)

//go:noinline
func setup() {
	runtime.SetFinalizer(&T{1}, func(s fmt.Stringer) { done <- "stringer " + s.String() })
	runtime.SetFinalizer(&T{2}, func(x any) { done <- fmt.Sprintf("any %T", x) })
	runtime.SetFinalizer(&U{3}, func(p P) int { done <- fmt.Sprint("named ", (*U)(p).n); return 7 })
	runtime.SetFinalizer(new([0]int), func(*[0]int) { done <- "zero-sized" })
}

var global T

func main() {
	setup()
	// a global is never finalized: SetFinalizer accepts it and does nothing
	runtime.SetFinalizer(&global, func(*T) { done <- "global" })
	var got []string
	for len(got) < 3 {
		runtime.GC()
		select {
		case s := <-done:
			got = append(got, s)
		case <-time.After(5 * time.Second):
			fmt.Println("timeout")
			return
		}
	}
	m := map[string]bool{}
	for _, s := range got {
		m[s] = true
	}
	fmt.Println(m["stringer T1"], m["any *main.T"], m["named 3"], len(m))
	runtime.GC()
	time.Sleep(20 * time.Millisecond)
	fmt.Println(len(done))
}
