// strings.Builder's methods gc inlines (copyCheck, noescape, grow, Grow,
// Write, WriteByte, WriteString, String, Len, Cap, Reset): minigo expands
// go1.19's bodies too; mixed with WriteRune, which stays a call.
package main

import (
	"fmt"
	"strings"
)

func build(n int) string {
	var sb strings.Builder
	sb.Grow(n)
	for i := 0; i < n; i++ {
		sb.WriteByte('a' + byte(i%26))
		if i%10 == 9 {
			sb.WriteString("|")
			sb.WriteRune('é')
		}
	}
	sb.Write([]byte("!"))
	return sb.String()
}

func main() {
	s := build(40)
	fmt.Println(s, len(s))
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.Cap(), sb.String() == "")
	sb.WriteString("hello")
	fmt.Println(sb.Len(), sb.Cap() >= 5, sb.String())
	sb.Reset()
	fmt.Println(sb.Len(), sb.String() == "")
	sb.WriteString("x")
	defer func() { fmt.Println("recovered:", recover()) }()
	cp := sb
	cp.WriteString("y")
}
