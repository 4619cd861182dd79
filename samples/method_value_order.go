// A method value called before the method is declared: the method's
// summary (t leaks) must be known when the caller is analysed, as gc's
// bottom-up order ensures (a method value is a reference to the method).
// minigo once kept t on the stack here and printed a clobbered value.
package main

var sink *T

//go:noinline
func f2() {
	var t T
	t.x[0] = 42
	f := t.escape
	f()
}

//go:noinline
func clobber(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n + i
	}
	return a[n%64]
}

func main() {
	f2()
	clobber(7)
	println(sink.x[0])
}

type T struct{ x [4]int }

func (t *T) escape() { sink = t }
