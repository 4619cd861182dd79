// Package buf: a small buffer whose methods are inlined two packages away.
package buf

type Buffer struct {
	data []byte
	off  int
}

const grain = 16

func New(b []byte) *Buffer { return &Buffer{data: b} }

func (b *Buffer) Len() int { return len(b.data) - b.off }

func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.data[b.off:])
}

func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("buf: negative count")
	}
	m := b.grow(n + grain)
	b.data = b.data[:m]
}

//go:noinline
func (b *Buffer) grow(n int) int {
	if cap(b.data)-len(b.data) < n {
		nb := make([]byte, len(b.data), 2*cap(b.data)+n)
		copy(nb, b.data)
		b.data = nb
	}
	return len(b.data)
}

// Split has named results, so inlined calls declare them first.
func (b *Buffer) Split(i int) (head, tail []byte) {
	head = b.data[:i]
	tail = b.data[i:]
	return
}

// Each calls f for every byte; the literal the caller passes is inlined.
func Each(b *Buffer, f func(byte)) {
	for _, c := range b.data[b.off:] {
		f(c)
	}
}
