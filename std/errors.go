// Package errors: the declarations minigo supports (see fmt.go for the
// pragma conventions).
package errors

//minigo:inline 6
//minigo:leaks text heap=0
//minigo:body
func New(text string) error

// errorString is what New returns (New's body allocates it).
type errorString struct {
	s string
}

//minigo:inline 4
//minigo:leaks e r0=1
func (e *errorString) Error() string

//minigo:leaks err heap=0
//minigo:leaks target heap=0
func Is(err, target error) bool

//minigo:leaks err heap=0
//minigo:leaks target heap=0
func As(err error, target any) bool

//minigo:inline 75
//minigo:leaks err heap=0
func Unwrap(err error) error
