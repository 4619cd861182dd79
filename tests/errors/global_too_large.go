// A global over 2e9 bytes: go1.19's object writer refuses each, in
// declaration order (all at the position of the first package variable).
package main

var n = 3

var big [1 << 31]byte

var (
	b, a [3e9]byte
	ok   [2e9]byte
)

func main() {
	big[n] = 1
	println(big[n], a[n], b[n], ok[n])
}
