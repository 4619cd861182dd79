// Package geo is imported by b.go: its inlinable bodies, its escape
// summaries and its names reach the importer.
package geo

import "fmt"

type Rect struct{ W, H int }

func (r *Rect) Area() int { return r.W * r.H }

type unit int

func (unit) one() int { return 1 }

const Big = 1 << 20

var Kept *int

// NewRect is inlined at call sites: &Rect{...} becomes the caller's.
func NewRect(w, h int) *Rect { return &Rect{w, h} }

// AsShape converts in the inlined body: the importer prints the
// conversion spelled out, as gc prints a body read from export data.
func AsShape(w int) fmt.Stringer { return &Rect{w, w} }

func (r *Rect) String() string { return "rect" }

// Keep is not inlined; its summary says p leaks to the heap.
//go:noinline
func Keep(p *int) { Kept = p }

// Pass returns its parameter: p leaks to the result only.
//go:noinline
func Pass(p *int) *int { return p }

// Check panics with a constant string and calls a method of an
// unexported type, both inlined into the importer.
func Check(n int) int {
	if n > Big {
		panic("geo: too big")
	}
	var u unit
	return n + u.one()
}

// Sum builds a slice the importer owns once inlined.
func Sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}
