// One package: -m=2 explanations inside inlined bodies point at the
// outermost call, as gc's do.
package main

type B struct {
	data []byte
	off  int
}

func (b *B) String() string {
	return string(b.data[b.off:])
}

func (b *B) Bytes() []byte { return b.data[b.off:] }

var sink string
var sinkb []byte

func main() {
	b := &B{data: []byte("hello")}
	sink = b.String()
	sinkb = b.Bytes()
}
