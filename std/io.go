// Package io: the declarations minigo supports (see fmt.go for the
// pragma conventions).
package io

type Reader interface {
	Read(p []byte) (n int, err error)
}

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Closer interface {
	Close() error
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadCloser interface {
	Reader
	Closer
}

type WriteCloser interface {
	Writer
	Closer
}

type ByteReader interface {
	ReadByte() (byte, error)
}

type ByteWriter interface {
	WriteByte(c byte) error
}

type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

var EOF error

var ErrUnexpectedEOF error

var ErrShortWrite error

var ErrShortBuffer error

var ErrNoProgress error

var Discard Writer

//minigo:leaks w heap=0
//minigo:leaks s heap=0
func WriteString(w Writer, s string) (n int, err error)

//minigo:leaks r heap=0
func ReadAll(r Reader) ([]byte, error)
