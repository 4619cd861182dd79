// Package hash/maphash: the declarations minigo supports (see fmt.go for
// the pragma conventions).
package maphash

const bufSize = 128

type Seed struct {
	s uint64
}

type Hash struct {
	_     [0]func()
	seed  Seed
	state Seed
	buf   [bufSize]byte
	n     int
}

//minigo:inline 75
func MakeSeed() Seed

//minigo:inline 78
func (h *Hash) WriteByte(b byte) error

//minigo:leaks b
func (h *Hash) Write(b []byte) (int, error)

//minigo:leaks s
func (h *Hash) WriteString(s string) (int, error)

//minigo:inline 63
func (h *Hash) Seed() Seed

//minigo:inline 20
func (h *Hash) SetSeed(seed Seed)

//minigo:inline 69
func (h *Hash) Reset()

func (h *Hash) Sum64() uint64

//minigo:leaks b r0=0
func (h *Hash) Sum(b []byte) []byte

//minigo:inline 2
func (h *Hash) Size() int

//minigo:inline 2
func (h *Hash) BlockSize() int
