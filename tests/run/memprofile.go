// runtime.MemProfileRate = 1 samples every allocation; runtime.MemProfile
// reports them by size (and stack) as of the last collection: objects
// allocated, and those a collection freed.  Pointer-free objects under 16
// bytes share 16-byte blocks (go's tiny allocator): the blocks are what
// is sampled.
package main

import "runtime"

type rec = runtime.MemProfileRecord

var keep []*[3000]byte

var sink *[3000]byte

//go:noinline
func alloc(n int, kept int) {
	for i := 0; i < n; i++ {
		sink = new([3000]byte)
		if i < kept {
			keep = append(keep, sink)
		}
	}
	sink = nil
}

var tiny []*int32

//go:noinline
func allocTiny(n int) {
	for i := 0; i < n; i++ {
		tiny = append(tiny, new(int32))
	}
}

func profile() []rec {
	var p []rec
	for {
		n, ok := runtime.MemProfile(p, true)
		if ok {
			return p[:n]
		}
		p = make([]rec, n+10)
	}
}

func sum(size int64) (allocs, frees int64) {
	for _, r := range profile() {
		if r.AllocObjects > 0 && r.AllocBytes/r.AllocObjects == size {
			allocs += r.AllocObjects
			frees += r.FreeObjects
		}
	}
	return
}

func main() {
	runtime.MemProfileRate = 1
	alloc(100, 30)
	a, f := sum(3072)
	println("before any collection:", a, f)
	runtime.GC()
	a, f = sum(3072)
	println("after a collection:", a, f)
	alloc(50, 0)
	a, f = sum(3072)
	println("not yet published:", a, f)
	runtime.GC()
	a, f = sum(3072)
	println("published:", a, f)

	allocTiny(400)
	runtime.GC()
	a, f = sum(16)
	println("tiny blocks:", a >= 100 && a <= 102, f <= 5)
	tiny = nil
	runtime.GC()
	a, f = sum(16)
	println("tiny blocks freed:", a-f <= 2)
	stacks := true
	for _, r := range profile() {
		stacks = stacks && len(r.Stack()) > 0
	}
	println("every record has a stack:", stacks)
	var r rec
	r.AllocBytes, r.FreeBytes, r.AllocObjects, r.FreeObjects = 10, 4, 5, 2
	println(r.InUseBytes(), r.InUseObjects(), len(r.Stack()))
}
