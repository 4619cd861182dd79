// Package unicode: the declarations minigo supports (see fmt.go for the
// pragma conventions).
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

//minigo:inline 74
func IsDigit(r rune) bool

//minigo:inline 76
func IsLetter(r rune) bool

//minigo:inline 76
func IsLower(r rune) bool

//minigo:inline 76
func IsNumber(r rune) bool

//minigo:inline 76
func IsPunct(r rune) bool

func IsSpace(r rune) bool

//minigo:inline 76
func IsUpper(r rune) bool

func ToLower(r rune) rune

func ToUpper(r rune) rune
