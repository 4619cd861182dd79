// Package util has functions, globals initialised in order and an init.
package util

import "strings"

var Greeting = makeGreeting("hello")

var calls int

func makeGreeting(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func init() {
	calls = len(Greeting)
}

// Calls reports how often Join ran, after the package's init counted.
func Calls() int { return calls }

// Join joins the words with sep.
func Join(words []string, sep string) string {
	calls++
	return strings.Join(words, sep)
}

// Sum adds the numbers.
func Sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

// Keep keeps a pointer: its argument leaks.
var kept []*int

func Keep(p *int) { kept = append(kept, p) }

func Kept() int { return len(kept) }
