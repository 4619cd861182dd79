// The order in which gc makes its interface method wrappers (see
// iface_wrappers.go), and so prints their -m=2 explanations, after every
// function's own: first the interfaces whose itabs the compiled code needs,
// in the order the conversions appear (Sink, then the notifier field's
// unnamed interface, both converted to in main); then every other type gc
// writes a descriptor for, named types first, by name (Alpha, Printer;
// box's field type is written already), then the unnamed types of
// variables, parameters and results, by their spelling (hook's).
package main

import "fmt"

type Alpha interface {
	Get(i int) *int
}

type Printer interface {
	Print(p []byte) (n int, err error)
}

// Sink's method set: Flush, then the embedded Printer's Print, declared
// above (where its parameter is).
type Sink interface {
	Printer
	Flush(force *bool)
}

type buf struct {
	data []byte
}

func (b *buf) Print(p []byte) (int, error) {
	b.data = append(b.data, p...)
	return len(p), nil
}

func (b *buf) Flush(force *bool) {
	if *force {
		b.data = b.data[:0]
	}
}

type note struct{ text string }

func (n *note) Notify(msg *string) { n.text = *msg }

type box struct {
	notifier interface{ Notify(msg *string) }
}

var hook interface{ Fire(at *int) }

func fill(s Sink, words [][]byte) int {
	total := 0
	for _, w := range words {
		n, _ := s.Print(w)
		total += n
	}
	return total
}

func ring(b *box, msg string) {
	b.notifier.Notify(&msg)
}

func main() {
	b := &buf{}
	var s Sink = b
	total := fill(s, [][]byte{[]byte("ab"), []byte("cde")})
	fmt.Println(total, len(b.data))
	f := false
	s.Flush(&f)
	n := &note{}
	bx := &box{}
	bx.notifier = n
	ring(bx, "hi")
	fmt.Println(n.text, hook == nil)
}
