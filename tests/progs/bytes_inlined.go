// bytes.Buffer methods gc inlines (NewBuffer, String, Len, Bytes, Grow):
// minigo expands go1.19's bodies at the call sites too, so the code that
// runs is theirs, over the runtime's Buffer.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := bytes.NewBuffer(make([]byte, 0, 4))
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap() >= 100)
	b.WriteString("hello, ")
	b.Write([]byte("world"))
	fmt.Println(b.String(), b.Len(), len(b.Bytes()))
	var c bytes.Buffer
	c.Grow(3)
	c.WriteByte('x')
	fmt.Printf("%q %d\n", c.String(), c.Len())
	var nilbuf *bytes.Buffer
	fmt.Println(nilbuf.String())
	r := make([]byte, 5)
	n, _ := b.Read(r)
	fmt.Println(n, string(r), b.String(), string(b.Bytes()))
	defer func() { fmt.Println("recovered:", recover()) }()
	c.Grow(-1)
}
