package main

// Strings: indexing, slicing, range (UTF-8 decoding, invalid bytes as
// U+FFFD), conversions to and from []byte and []rune, string(rune), copy.

func count(s string, b byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			n++
		}
	}
	return n
}

func main() {
	s := "héllo, 世界!"
	println(len(s), s[0], s[1], s[2:5], s[:1], s[9:], count(s, 'l'))
	for i, r := range s {
		print(i, ":", r, " ")
	}
	println()
	bad := "a\xffb\xe2\x82c\xed\xa0\x80\xf4\x90\x80\x80"
	n := 0
	for i, r := range bad {
		print(i, ":", r, " ")
		n++
	}
	println(n)
	for i := range "日本" {
		print(i, " ")
	}
	println()
	rs := []rune(s)
	println(len(rs), string(rs[7:9]), string(rs[1]))
	bs := []byte(s)
	bs[0] = 'H'
	println(string(bs), s, len(bs))
	println(string(rune(0x4e16)), string(rune(-1)), string(rune(0xD800)), string(rune(0x10FFFF+1)))
	buf := make([]byte, 4)
	k := copy(buf, "xyzzy")
	println(k, string(buf))
	k = copy(buf[1:], []byte("AB"))
	println(k, string(buf))
	ints := []int{1, 2, 3, 4, 5}
	k = copy(ints, ints[2:])
	println(k, ints[0], ints[1], ints[2], ints[3], ints[4])
	t := s[:5] + "|" + s[7:] + "|" + string(bs[:2])
	println(t, t < s, t > s, t == s[:5])
}
