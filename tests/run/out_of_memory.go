// make([]byte, n) with n in terabytes: go1.19 cannot commit the memory
// and dies of "runtime: out of memory" (on a machine with less than a
// terabyte of memory and swap).
package main

//go:noinline
func size() int { return 1 << 40 }

func main() {
	b := make([]byte, size())
	println(len(b), b[len(b)-1])
}
