// sync, sync/atomic and time's timers in one goroutine: Lockers used only
// through interfaces, Once after a panicking f, Pool's caches across
// collections, the atomics, Value's panics, the library's string panics
// recovered as strings, timers stopped and reset.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if s, ok := r.(string); ok {
			fmt.Println(name, "panic string:", s)
		} else if e, ok := r.(error); ok {
			fmt.Println(name, "panic error:", e)
		} else {
			fmt.Println(name, "no panic")
		}
	}()
	f()
}

func lockers() {
	var mu sync.Mutex
	var l sync.Locker = &mu
	l.Lock()
	fmt.Println("locked:", !mu.TryLock())
	l.Unlock()
	var rw sync.RWMutex
	r := rw.RLocker()
	r.Lock()
	r.Lock()
	fmt.Println("readers in; TryLock:", rw.TryLock(), "TryRLock:", rw.TryRLock())
	rw.RUnlock()
	r.Unlock()
	r.Unlock()
	fmt.Println("all out; TryLock:", rw.TryLock(), "TryRLock:", rw.TryRLock())
	rw.Unlock()
	c := sync.NewCond(&mu)
	c.Signal()
	c.Broadcast()
	c.L.Lock()
	fmt.Println("cond's L is mu:", !mu.TryLock())
	c.L.Unlock()
}

func once() {
	var o sync.Once
	n := 0
	try("once", func() { o.Do(func() { n++; panic("in f") }) })
	o.Do(func() { n++ })
	fmt.Println("f ran", n, "time(s)")
	var o2 sync.Once
	for i := 0; i < 3; i++ {
		o2.Do(func() { fmt.Println("first and only", i) })
	}
}

func pool() {
	var p sync.Pool
	p.Put(1)
	p.Put(2)
	p.Put(3)
	fmt.Println(p.Get(), p.Get(), p.Get(), p.Get())
	p.Put("a")
	p.Put("b")
	runtime.GC()
	fmt.Println(p.Get(), p.Get(), p.Get())
	p.Put("c")
	runtime.GC()
	runtime.GC()
	made := 0
	p.New = func() any { made++; return made }
	fmt.Println(p.Get(), p.Get(), made)
}

func atomics() {
	var i32 int32
	var u32 uint32
	var i64 int64
	var u64 uint64
	var up uintptr
	fmt.Println(atomic.AddInt32(&i32, -5), atomic.AddUint32(&u32, ^uint32(0)), atomic.AddInt64(&i64, 1<<40), atomic.AddUint64(&u64, 7), atomic.AddUintptr(&up, 3))
	fmt.Println(atomic.SwapInt32(&i32, 9), atomic.SwapUint32(&u32, 1), atomic.SwapInt64(&i64, -1), atomic.SwapUint64(&u64, 2), atomic.SwapUintptr(&up, 4))
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 9, 10), atomic.CompareAndSwapInt32(&i32, 9, 11), atomic.LoadInt32(&i32))
	fmt.Println(atomic.CompareAndSwapUint64(&u64, 2, 3), atomic.CompareAndSwapUintptr(&up, 5, 6), atomic.LoadUint64(&u64), atomic.LoadUintptr(&up))
	atomic.StoreInt64(&i64, 42)
	atomic.StoreUint32(&u32, 43)
	fmt.Println(atomic.LoadInt64(&i64), atomic.LoadUint32(&u32))

	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.CompareAndSwap(true, false), b.CompareAndSwap(true, false), b.Load())
	var c atomic.Int64
	c.Store(10)
	fmt.Println(c.Add(5), c.Swap(1), c.CompareAndSwap(1, 2), c.Load())
	var u atomic.Uintptr
	fmt.Println(u.Add(2), u.Load())

	var v atomic.Value
	fmt.Println(v.Load())
	v.Store([]int{1, 2})
	fmt.Println(v.Load(), v.Swap([]int{3}), v.Load())
	var w atomic.Value
	fmt.Println(w.CompareAndSwap(nil, "x"), w.CompareAndSwap("y", "z"), w.CompareAndSwap("x", "z"), w.Load())
	try("store nil", func() { v.Store(nil) })
	try("store other type", func() { v.Store("s") })
	try("swap other type", func() { v.Swap(1) })
	try("cas uncomparable", func() { v.CompareAndSwap([]int{3}, []int{4}) })
}

func timers() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop:", t.Stop(), t.Stop(), "reset:", t.Reset(time.Hour), t.Reset(time.Hour))
	t.Stop()
	f := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("afterfunc stop:", f.Stop(), f.Reset(time.Hour), f.Stop())
	tk := time.NewTicker(time.Hour)
	tk.Reset(2 * time.Hour)
	tk.Stop()
	tk.Stop()
	fmt.Println("tick(0) nil:", time.Tick(0) == nil, "After non-nil:", time.After(time.Hour) != nil)
	try("ticker 0", func() { time.NewTicker(0) })
	try("ticker reset 0", func() { tk.Reset(-1) })
	try("uninitialized", func() { var z time.Timer; z.Stop() })

	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	d := time.Since(start)
	fmt.Println("since >= 2ms:", d >= 2*time.Millisecond, "until < 0:", time.Until(start) < 0)
	later := start.Add(90 * time.Minute)
	fmt.Println(later.Sub(start), later.After(start), start.Before(later), later.Equal(start.Add(time.Hour+30*time.Minute)))
	u := time.Unix(1700000000, 1500000000)
	fmt.Println(u.Unix(), u.Nanosecond(), u.UnixNano(), u.Add(-time.Second).Unix(), u.IsZero(), time.Time{}.IsZero())
	fmt.Println(u.Sub(time.Unix(0, 0)), time.Unix(-1, -1).UnixNano())
}

func main() {
	lockers()
	once()
	pool()
	atomics()
	timers()
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	wg.Wait()
	try("waitgroup", func() { wg.Done() })
	fmt.Println(errors.New("done"))
}
