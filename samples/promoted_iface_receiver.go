// A struct that embeds an interface gets its methods: e.Write(p) calls
// e.Writer.Write(p). gc cannot know which Write runs, so the receiver it
// passes (the embedded interface value, e.Writer) and the arguments go to
// the heap, and with them whatever they point to. -m=2 names the implicit
// selector: "from e.Writer (dot)".
package main

import "fmt"

type Writer interface {
	Write(p []byte) (int, error)
}

type Buffer struct {
	data []byte
}

func (b *Buffer) Write(p []byte) (int, error) {
	b.data = append(b.data, p...)
	return len(p), nil
}

type Logger struct {
	Writer
	prefix string
}

func main() {
	buf := &Buffer{}
	l := Logger{buf, "> "}
	l.Write([]byte(l.prefix + "hello"))
	fmt.Println(string(buf.data))
}
