// gc's walk reports "index bounds check elided" for x[i] op= y and x[i]++
// judging the whole index (walk walks x[i] before it copies it for the
// store), as for a plain x[i]; an appended element's index is copied
// first and judged by its type alone.
package p

func set(as *[8]uint32, c byte, i uint) {
	as[c/32] |= 1 << (c % 32)
	as[c/32]++
	as[i&7] += 2
	as[i%8]--
	x := as[c/32]
	_ = x
}

func grow(as *[8]uint32, c byte, s []uint32) []uint32 {
	return append(s, as[c/32], as[c&7])
}
