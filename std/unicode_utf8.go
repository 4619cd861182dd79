// Package unicode/utf8: the declarations minigo supports (see fmt.go for
// the pragma conventions).
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

//minigo:inline 72
//minigo:leaks p r0=0
func AppendRune(p []byte, r rune) []byte

//minigo:leaks s
func DecodeLastRuneInString(s string) (r rune, size int)

//minigo:leaks p
func DecodeLastRune(p []byte) (r rune, size int)

//minigo:leaks p
func DecodeRune(p []byte) (r rune, size int)

//minigo:leaks s
func DecodeRuneInString(s string) (r rune, size int)

//minigo:leaks p
func EncodeRune(p []byte, r rune) int

//minigo:inline 79
//minigo:leaks p
func FullRune(p []byte) bool

//minigo:leaks p
func RuneCount(p []byte) int

//minigo:leaks s
func RuneCountInString(s string) (n int)

//minigo:inline 43
func RuneLen(r rune) int

//minigo:inline 6
func RuneStart(b byte) bool

//minigo:leaks p
func Valid(p []byte) bool

//minigo:inline 23
func ValidRune(r rune) bool

//minigo:leaks s
func ValidString(s string) bool
