// Package strings: the declarations minigo supports (see fmt.go for the
// pragma conventions).
package strings

import "unsafe"

//minigo:inline 64
//minigo:leaks s
//minigo:leaks substr
func Contains(s, substr string) bool

//minigo:inline 64
//minigo:leaks s
func ContainsRune(s string, r rune) bool

//minigo:inline 14
//minigo:leaks s
//minigo:leaks prefix
func HasPrefix(s, prefix string) bool

//minigo:inline 16
//minigo:leaks s
//minigo:leaks suffix
func HasSuffix(s, suffix string) bool

//minigo:leaks s
//minigo:leaks substr
func Index(s, substr string) int

//minigo:inline 62
//minigo:leaks s
func IndexByte(s string, c byte) int

//minigo:leaks s
func IndexRune(s string, r rune) int

//minigo:leaks s
//minigo:leaks substr
func LastIndex(s, substr string) int

//minigo:inline 25
//minigo:leaks s
func LastIndexByte(s string, c byte) int

//minigo:leaks s
//minigo:leaks chars
func IndexAny(s, chars string) int

//minigo:inline 64
//minigo:leaks s
//minigo:leaks chars
func ContainsAny(s, chars string) bool

//minigo:leaks s
//minigo:leaks substr
func Count(s, substr string) int

//minigo:inline 14
//minigo:leaks a
//minigo:leaks b
func Compare(a, b string) int

//minigo:leaks s
//minigo:leaks t
func EqualFold(s, t string) bool

//minigo:leaks s
func Repeat(s string, count int) string

//minigo:leaks s r0=0
//minigo:leaks old
//minigo:leaks new
func Replace(s, old, new string, n int) string

//minigo:inline 64
//minigo:leaks s r0=0
//minigo:leaks old
//minigo:leaks new
func ReplaceAll(s, old, new string) string

//minigo:inline 64
//minigo:leaks s heap=0
//minigo:leaks sep
func Split(s, sep string) []string

//minigo:inline 65
//minigo:leaks s heap=0
//minigo:leaks sep
func SplitAfter(s, sep string) []string

//minigo:inline 65
//minigo:leaks s heap=0
//minigo:leaks sep
func SplitAfterN(s, sep string, n int) []string

//minigo:inline 64
//minigo:leaks s heap=0
//minigo:leaks sep
func SplitN(s, sep string, n int) []string

//minigo:leaks s heap=0
func Fields(s string) []string

//minigo:leaks elems r0=1
//minigo:leaks sep
func Join(elems []string, sep string) string

//minigo:leaks s r0=0
func TrimSpace(s string) string

//minigo:leaks s r0=0
//minigo:leaks cutset
func Trim(s, cutset string) string

//minigo:inline 26
//minigo:leaks s r0=0
//minigo:leaks prefix
func TrimPrefix(s, prefix string) string

//minigo:inline 31
//minigo:leaks s r0=0
//minigo:leaks suffix
func TrimSuffix(s, suffix string) string

//minigo:leaks s r0=0
//minigo:leaks cutset
func TrimLeft(s, cutset string) string

//minigo:leaks s r0=0
//minigo:leaks cutset
func TrimRight(s, cutset string) string

//minigo:leaks s r0=0 r1=0
//minigo:leaks sep
func Cut(s, sep string) (before, after string, found bool)

//minigo:leaks s r0=0
func ToUpper(s string) string

//minigo:leaks s r0=0
func ToLower(s string) string

//minigo:leaks s r0=0
func Title(s string) string

//minigo:leaks mapping
//minigo:leaks s r0=0
func Map(mapping func(rune) rune, s string) string

// A Builder is used to efficiently build a string using Write methods.
type Builder struct {
	addr *Builder
	buf  []byte
}

//minigo:inline 4
//minigo:leaks b r0=1
//minigo:body
func (b *Builder) String() string

//minigo:inline 4
//minigo:leaks b
//minigo:body
func (b *Builder) Len() int

//minigo:inline 4
//minigo:leaks b
//minigo:body
func (b *Builder) Cap() int

//minigo:inline 8
//minigo:leaks b
//minigo:body
func (b *Builder) Reset()

//minigo:inline 75
//minigo:leaks b
//minigo:body
func (b *Builder) Grow(n int)

//minigo:inline 42
//minigo:leaks b heap=1
//minigo:leaks p
//minigo:body
func (b *Builder) Write(p []byte) (int, error)

//minigo:inline 40
//minigo:leaks b heap=1
//minigo:body
func (b *Builder) WriteByte(c byte) error

//minigo:leaks b heap=1
func (b *Builder) WriteRune(r rune) (int, error)

//minigo:inline 42
//minigo:leaks b heap=1
//minigo:leaks s
//minigo:body
func (b *Builder) WriteString(s string) (int, error)

// Unexported helpers that the bodies above call, all inlined.

//minigo:inline 9
//minigo:leaks p
//minigo:body
func noescape(p unsafe.Pointer) unsafe.Pointer

//minigo:inline 28
//minigo:leaks b
//minigo:body
func (b *Builder) copyCheck()

//minigo:inline 23
//minigo:leaks b
//minigo:body
func (b *Builder) grow(n int)

type Reader struct {
	s        string
	i        int64
	prevRune int
}

//minigo:inline 9
//minigo:leaks s heap=0
//minigo:body
func NewReader(s string) *Reader

//minigo:inline 16
//minigo:leaks r
//minigo:body
func (r *Reader) Len() int

//minigo:inline 28
//minigo:leaks r
//minigo:leaks b
func (r *Reader) Read(b []byte) (n int, err error)

//minigo:inline 30
//minigo:leaks r
func (r *Reader) ReadByte() (byte, error)

//minigo:leaks r
func (r *Reader) ReadRune() (ch rune, size int, err error)
