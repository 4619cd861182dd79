package main

// Conversions and concatenations that do not escape use a 32-byte buffer
// in the frame (gc's tmpBuf), which shows in the capacity of the result;
// escaping ones are allocated with the allocator's size classes.

var sinkB []byte
var sinkS string

func local(s string) int {
	b := []byte(s) // does not escape: cap 32 when it fits
	return cap(b)
}

func escaping(s string) {
	sinkB = []byte(s)
}

func runes(s string) (int, int) {
	r := []rune(s)
	return len(r), cap(r)
}

func join(a, b, c string) string {
	return a + "/" + b + "/" + c
}

func main() {
	println(local("hello"), local("0123456789012345678901234567890123456789"))
	escaping("hello")
	println(len(sinkB), cap(sinkB))
	escaping("0123456789abcdefg")
	println(len(sinkB), cap(sinkB))
	n, c := runes("héllo")
	println(n, c)
	k := []byte("const")
	println(len(k), cap(k))
	s := join("a", "bb", "ccc")
	println(s, len(s))
	t := join("w", "x", "yz")
	println(t)
	sinkS = t + t
	println(sinkS)
	u := "x" + t[:0]
	println(u, len(u))
}
