// Package strconv: the declarations minigo supports (see fmt.go for the
// pragma conventions).
package strconv

const IntSize = 64

//minigo:inline 62
func Itoa(i int) string

//minigo:leaks s heap=0
func Atoi(s string) (int, error)

func FormatInt(i int64, base int) string

func FormatUint(i uint64, base int) string

func FormatFloat(f float64, fmt byte, prec, bitSize int) string

func FormatComplex(c complex128, fmt byte, prec, bitSize int) string

//minigo:inline 6
func FormatBool(b bool) string

//minigo:leaks s heap=0
func ParseInt(s string, base int, bitSize int) (i int64, err error)

//minigo:leaks s heap=0
func ParseUint(s string, base int, bitSize int) (uint64, error)

//minigo:leaks s heap=0
func ParseFloat(s string, bitSize int) (float64, error)

//minigo:inline 38
//minigo:leaks str heap=0
func ParseBool(str string) (bool, error)

//minigo:inline 80
//minigo:leaks s
func Quote(s string) string

//minigo:inline 73
func QuoteRune(r rune) string

//minigo:leaks s r0=0
func Unquote(s string) (string, error)

//minigo:leaks dst r0=0
func AppendInt(dst []byte, i int64, base int) []byte

//minigo:inline 65
//minigo:leaks dst r0=0
//minigo:leaks s
func AppendQuote(dst []byte, s string) []byte

type NumError struct {
	Func string
	Num  string
	Err  error
}

//minigo:leaks e heap=1
func (e *NumError) Error() string

var ErrRange error

var ErrSyntax error
