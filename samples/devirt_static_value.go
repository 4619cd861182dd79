// Which calls gc devirtualizes, and which function values it knows, is
// gc's StaticValue: a local variable defined once (x := v, var x = v) and
// never assigned again nor had its address taken stands for v.  Inlining
// adds definitions and takes some away:
//   - the parameters of an inlined body are defined by the call's
//     arguments: s.Area() inside an inlined area(&Rect{...}) is devirtualized
//     in the caller, and the rectangle stays on the stack;
//   - the variables declared inside an inlined body have no definition:
//     what the function itself devirtualizes or calls directly, its copy
//     inlined into main does not (x is moved to heap there).
//
// A conversion between two interface types stops it (gc's OCONVIFACE of an
// interface), and so does a variable a function literal captures.
package main

import "fmt"

type Shape interface{ Area() int }

type Big interface {
	Area() int
	Name() string
}

type Rect struct{ w, h int }

func (r *Rect) Area() int    { return r.w * r.h }
func (r *Rect) Name() string { return "rect" }

type Square struct{ s int }

func (q Square) Area() int { return q.s * q.s }

func area(s Shape) int { return s.Area() }

// the parameter s is defined by the argument where area is inlined
func viaParam() int { return area(&Rect{2, 3}) }

func viaValue() int {
	var s Shape = Square{4}
	return area(s)
}

// devirtualized here, not where local is inlined
func local() int {
	var s Shape = &Rect{1, 5}
	return s.Area()
}

// Big to Shape is a conversion: not devirtualized
func viaBig() int {
	var b Big = &Rect{3, 3}
	var s Shape = b
	return s.Area()
}

var total int

func keep(p *int) { total += *p }
func leak(p *int) { total += *p; saved = p }

var saved *int

// f is keep: the call is inlined, x stays here; not in main's copy
func funcVar() int {
	x := 7
	f := keep
	f(&x)
	return x
}

// assigned again before a literal captures it: not known
func funcVarReassigned() int {
	x := 8
	f := keep
	f = leak
	func() { _ = f }()
	f(&x)
	return x
}

// inside the literal f is a captured variable: not known
func funcVarCaptured() int {
	x := 9
	f := keep
	func() { f(&x) }()
	return x
}

// a deferred devirtualized call: gc keeps s.(*Rect) for it
func deferred() (n int) {
	var s Shape = &Rect{2, 2}
	defer s.Area()
	return s.Area()
}

func main() {
	fmt.Println(viaParam(), viaValue(), local(), viaBig())
	fmt.Println(funcVar(), funcVarReassigned(), funcVarCaptured(), deferred(), total)
}
