// Package log's standard logger: prefixes, flags without the clock (so the
// output is fixed), the Print family, and Fatalf's exit status 1.
package main

import "log"

func main() {
	log.SetFlags(0)
	log.Print("no newline")
	log.Print("with newline\n")
	log.Println("a", 1, true)
	log.SetPrefix("[app] ")
	log.Printf("%s=%d", "x", 42)
	log.SetFlags(64) // Lmsgprefix: the prefix after the header
	log.Println("msgprefix")
	log.Fatalf("fatal: %v", []int{1, 2})
}
