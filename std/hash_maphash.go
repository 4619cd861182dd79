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
//minigo:leaks h
func (h *Hash) WriteByte(b byte) error

//minigo:leaks h
//minigo:leaks b
func (h *Hash) Write(b []byte) (int, error)

//minigo:leaks h
//minigo:leaks s
func (h *Hash) WriteString(s string) (int, error)

//minigo:inline 63
//minigo:leaks h
func (h *Hash) Seed() Seed

//minigo:inline 20
//minigo:leaks h
func (h *Hash) SetSeed(seed Seed)

//minigo:inline 69
//minigo:leaks h
func (h *Hash) Reset()

//minigo:leaks h
func (h *Hash) Sum64() uint64

//minigo:leaks h
//minigo:leaks b r0=0
func (h *Hash) Sum(b []byte) []byte

//minigo:inline 2
//minigo:leaks h
func (h *Hash) Size() int

//minigo:inline 2
//minigo:leaks h
func (h *Hash) BlockSize() int
