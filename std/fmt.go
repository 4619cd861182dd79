// Package fmt: the declarations minigo supports, with go1.19's escape
// summaries.  Bodies are in runtime/ (C); `//minigo:leaks PARAM heap=N`
// records that PARAM leaks to the heap with N dereferences (N=1 is gc's
// "leaking param content"), and `rK=N` that it leaks to result K.
// `//minigo:inline COST`: go1.19 inlines the function, at that cost.
package fmt

//minigo:leaks a heap=1
//minigo:inline 72
func Println(a ...any) (n int, err error)
