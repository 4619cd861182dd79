// A function whose frame gc would make over 1 GB: its variables (each
// 10 MB, the most gc keeps in a frame), or the copy a range over an
// array value makes; gc reports them all, by position, after compiling.
package main

var z [10 << 20]byte

func sum(x *[1<<30 + 1e6]byte) (n int) {
	for _, b := range *x {
		n += int(b)
	}
	return n
}

func main() {
	var x1 [10 << 20]byte; z = x1
	var x2 [10 << 20]byte; z = x2
	var x3 [10 << 20]byte; z = x3
	var x4 [10 << 20]byte; z = x4
	var x5 [10 << 20]byte; z = x5
	var x6 [10 << 20]byte; z = x6
	var x7 [10 << 20]byte; z = x7
	var x8 [10 << 20]byte; z = x8
	var x9 [10 << 20]byte; z = x9
	var x10 [10 << 20]byte; z = x10
	println(sum(nil))
}
