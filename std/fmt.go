// Package fmt: the declarations minigo supports, with go1.19's escape
// summaries.  Bodies are in runtime/ (C); `//minigo:leaks PARAM heap=N`
// records that PARAM leaks to the heap with N dereferences (N=1 is gc's
// "leaking param content"), and `rK=N` that it leaks to result K.
package fmt

//minigo:leaks a heap=1
func Println(a ...any) (n int, err error)
