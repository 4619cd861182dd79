// Package bytes: the declarations minigo supports (see fmt.go for the
// pragma conventions).
package bytes

import "io"

const MinRead = 512

type Buffer struct {
	buf      []byte
	off      int
	lastRead readOp
}

type readOp int8

//minigo:inline 5
//minigo:leaks buf heap=0
//minigo:body
func NewBuffer(buf []byte) *Buffer

//minigo:inline 6
//minigo:leaks s
//minigo:body
func NewBufferString(s string) *Buffer

//minigo:inline 6
//minigo:leaks b r0=1
//minigo:body
func (b *Buffer) Bytes() []byte

//minigo:inline 13
//minigo:leaks b
//minigo:body
func (b *Buffer) String() string

//minigo:inline 7
//minigo:leaks b
//minigo:body
func (b *Buffer) Len() int

//minigo:inline 4
//minigo:leaks b
func (b *Buffer) Cap() int

//minigo:inline 57
//minigo:leaks b
func (b *Buffer) Truncate(n int)

//minigo:inline 15
//minigo:leaks b
func (b *Buffer) Reset()

//minigo:inline 79
//minigo:leaks b
//minigo:body
func (b *Buffer) Grow(n int)

// grow makes room for n more bytes and returns where they go (Grow's body
// calls it).
//minigo:leaks b
func (b *Buffer) grow(n int) int

//minigo:leaks b
//minigo:leaks p
func (b *Buffer) Write(p []byte) (n int, err error)

//minigo:leaks b
//minigo:leaks s
func (b *Buffer) WriteString(s string) (n int, err error)

//minigo:leaks b
func (b *Buffer) WriteByte(c byte) error

//minigo:leaks b
func (b *Buffer) WriteRune(r rune) (n int, err error)

//minigo:inline 68
//minigo:leaks b
//minigo:leaks p
func (b *Buffer) Read(p []byte) (n int, err error)

//minigo:inline 52
//minigo:leaks b
func (b *Buffer) ReadByte() (byte, error)

//minigo:inline 70
//minigo:leaks b
func (b *Buffer) ReadString(delim byte) (line string, err error)

//minigo:leaks b heap=1
//minigo:leaks r heap=0
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error)

//minigo:leaks b heap=1
//minigo:leaks w heap=0
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error)

//minigo:inline 62
//minigo:leaks a
//minigo:leaks b
func Compare(a, b []byte) int

//minigo:inline 64
//minigo:leaks b
//minigo:leaks subslice
func Contains(b, subslice []byte) bool

//minigo:leaks s
//minigo:leaks sep
func Count(s, sep []byte) int

//minigo:inline 6
//minigo:leaks a
//minigo:leaks b
func Equal(a, b []byte) bool

//minigo:inline 21
//minigo:leaks s
//minigo:leaks prefix
func HasPrefix(s, prefix []byte) bool

//minigo:leaks s
//minigo:leaks sep
func Index(s, sep []byte) int

//minigo:inline 62
//minigo:leaks b
func IndexByte(b []byte, c byte) int

//minigo:inline 79
//minigo:leaks s
//minigo:leaks sep
func Join(s [][]byte, sep []byte) []byte

//minigo:inline 60
//minigo:leaks b
func Repeat(b []byte, count int) []byte

//minigo:inline 64
//minigo:leaks s heap=0
//minigo:leaks sep
func Split(s, sep []byte) [][]byte

//minigo:leaks s r0=0
func TrimSpace(s []byte) []byte
