// A program with mistakes: they are said in gc's words, checked against
// go1.19's own standard library, never as something minigo cannot build.
package main

import "strings"

func main() {
	strings.Foo()
	var x int = "s"
	_ = x
}
