package main

import (
	"./buf"
	"./text"
)

func main() {
	println(text.Join([]string{"a", "b"}))
	println(text.Count([]byte("a b c")))
	var b buf.Buffer
	b.Grow(8)
	h, t := b.Split(0)
	println(len(h), len(t), b.Len())
	println(b.String())
}
