// A package variable initialised with []byte("constant") is laid out by
// the compiler (gc's static initialisation): there is no conversion at run
// time, so no allocation site to report, even inside a composite literal.
// A conversion inside a function, or of a computed string, is one.
package main

import "fmt"

var greeting = []byte("hello")

var pair = struct {
	name []byte
	n    int
}{[]byte("xy"), 2}

var suffix = "!"

var computed = []byte("go" + suffix)

func main() {
	greeting[0] = 'H'
	local := []byte("local")
	fmt.Println(string(greeting), string(pair.name), pair.n, string(computed), len(local))
}
