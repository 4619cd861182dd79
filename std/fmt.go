// Package fmt: the declarations minigo supports, with go1.19's escape
// summaries.  Bodies are in runtime/ (C); `//minigo:leaks PARAM heap=N`
// records that PARAM leaks to the heap with N dereferences (N=1 is gc's
// "leaking param content"), and `rK=N` that it leaks to result K.
// `//minigo:inline COST`: go1.19 inlines the function, at that cost.
// `//minigo:body`: the build (tools/std-bodies.go) gives the declaration
// go1.19's body from GOROOT/src, and minigo expands inlined calls of it as
// gc does; the runtime's C version serves the calls that are not inlined.
// `//minigo:inlines NAME` (without a body): go1.19 inlines NAME, a function
// of the same package, into this one's body, and reports it with it.
package fmt

import "io"

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method.
type GoStringer interface {
	GoString() string
}

// State represents the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method.
type Formatter interface {
	Format(f State, verb rune)
}

//minigo:inline 72
//minigo:leaks a heap=1
func Println(a ...any) (n int, err error)

//minigo:inline 73
//minigo:leaks format
//minigo:leaks a heap=1
func Printf(format string, a ...any) (n int, err error)

//minigo:inline 72
//minigo:leaks a heap=1
func Print(a ...any) (n int, err error)

//minigo:leaks a heap=1
func Sprint(a ...any) string

//minigo:leaks format
//minigo:leaks a heap=1
func Sprintf(format string, a ...any) string

//minigo:leaks a heap=1
func Sprintln(a ...any) string

//minigo:leaks format
//minigo:leaks a heap=1
func Errorf(format string, a ...any) error

//minigo:leaks w heap=0
//minigo:leaks a heap=1
func Fprint(w io.Writer, a ...any) (n int, err error)

//minigo:leaks w heap=0
//minigo:leaks format
//minigo:leaks a heap=1
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)

//minigo:leaks w heap=0
//minigo:leaks a heap=1
func Fprintln(w io.Writer, a ...any) (n int, err error)

//minigo:inline 73
//minigo:leaks a heap=1
func Sscan(str string, a ...any) (n int, err error)

//minigo:inline 74
//minigo:leaks format
//minigo:leaks a heap=1
func Sscanf(str string, format string, a ...any) (n int, err error)
