// make([]T, n) with n negative, or with n*size beyond the address space,
// is a recoverable panic; with a size just below the limit, an
// allocation go1.19 cannot reserve: "runtime: out of memory: cannot
// allocate ...", a fatal error (not tested here: it prints the heap's
// size).
package main

//go:noinline
func n(x int) int { return x }

func try(size int) {
	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	b := make([]int64, n(size))
	println(len(b))
}

func main() {
	try(-1)
	try(1 << 46)
	try(1<<62 + 5)
	c := make([]byte, 0, n(10))
	println(len(c), cap(c))
	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	_ = make([]byte, n(5), n(4))
}
