// Package bufio: the declarations minigo supports (see fmt.go for the
// pragma conventions).
package bufio

import "io"

const defaultBufSize = 4096

type Writer struct {
	err error
	buf []byte
	n   int
	wr  io.Writer
}

//minigo:inline 39
//minigo:leaks w heap=0
//minigo:body
func NewWriter(w io.Writer) *Writer

//minigo:inline 34
//minigo:leaks w heap=0
//minigo:body
func NewWriterSize(w io.Writer, size int) *Writer

//minigo:leaks b heap=1
//minigo:leaks p heap=0
func (b *Writer) Write(p []byte) (nn int, err error)

//minigo:leaks b heap=1
//minigo:leaks s heap=0
func (b *Writer) WriteString(s string) (int, error)

//minigo:leaks b heap=1
func (b *Writer) WriteByte(c byte) error

//minigo:leaks b heap=1
func (b *Writer) WriteRune(r rune) (size int, err error)

//minigo:leaks b heap=1
func (b *Writer) Flush() error

//minigo:inline 3
//minigo:leaks b
func (b *Writer) Buffered() int

//minigo:inline 7
//minigo:leaks b
func (b *Writer) Available() int

type Reader struct {
	buf          []byte
	rd           io.Reader
	r, w         int
	err          error
	lastByte     int
	lastRuneSize int
}

//minigo:inline 57
//minigo:leaks rd heap=0
func NewReader(rd io.Reader) *Reader

//minigo:inline 52
//minigo:leaks rd heap=0
func NewReaderSize(rd io.Reader, size int) *Reader

//minigo:leaks b heap=1
func (b *Reader) ReadString(delim byte) (string, error)

//minigo:leaks b heap=1
func (b *Reader) ReadByte() (byte, error)

//minigo:leaks b heap=1
func (b *Reader) ReadRune() (r rune, size int, err error)

type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// MaxScanTokenSize is the largest token a Scanner handles by default.
const MaxScanTokenSize = 64 * 1024

type Scanner struct {
	r            io.Reader
	split        SplitFunc
	maxTokenSize int
	token        []byte
	buf          []byte
	start        int
	end          int
	err          error
	empties      int
	scanCalled   bool
	done         bool
}

//minigo:inline 9
//minigo:leaks r heap=0
//minigo:body
func NewScanner(r io.Reader) *Scanner

//minigo:leaks s heap=1
func (s *Scanner) Scan() bool

//minigo:inline 4
//minigo:leaks s
//minigo:body
func (s *Scanner) Text() string

//minigo:inline 3
//minigo:leaks s r0=1
func (s *Scanner) Bytes() []byte

//minigo:inline 10
//minigo:leaks s r0=1
func (s *Scanner) Err() error

//minigo:inline 18
//minigo:leaks s
//minigo:leaks buf heap=0
func (s *Scanner) Buffer(buf []byte, max int)

//minigo:inline 10
//minigo:leaks s
//minigo:leaks split heap=0
func (s *Scanner) Split(split SplitFunc)

//minigo:leaks data r1=0
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error)

//minigo:leaks data r1=0
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error)

//minigo:leaks data r1=0
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error)

//minigo:inline 18
//minigo:leaks data r1=0
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error)
