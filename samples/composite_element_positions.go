// Where gc converts the elements of a composite literal to the element
// type: its front end sets the position to each element before it
// converts it (transformCompLit's ir.SetPos), so a keyed element k: v is
// converted at its colon, an element without a key at the element.  An
// elided literal ({...} in []T{{...}}) is a T{...}: its elements' flows
// carry both literals' notes, and its type prints as gc prints types
// ([]interface {}).
package main

import "fmt"

type Shape interface{ Area() int }

type Rect struct{ w, h int }

func (r *Rect) Area() int { return r.w * r.h }

type Named struct {
	Name string
	S    Shape
}

func slice(r *Rect) []Named {
	return []Named{{Name: "a", S: r}, {"b", r}}
}

func table(r *Rect) map[string]Named {
	return map[string]Named{"x": {Name: "x", S: r}}
}

func ptrs(r *Rect) []*Named {
	return []*Named{{S: r}, {Name: "q", S: &Rect{1, 1}}}
}

func array(r *Rect) [2]Named {
	return [2]Named{1: {S: r}}
}

func shapes(r *Rect) map[string]Shape {
	return map[string]Shape{"r": r}
}

func rows(n int) [][]interface{} {
	return [][]interface{}{{n, "n"}, {2: n}}
}

func main() {
	r := &Rect{2, 3}
	total := 0
	for _, n := range slice(r) {
		total += n.S.Area()
	}
	total += table(r)["x"].S.Area()
	for _, n := range ptrs(r) {
		total += n.S.Area()
	}
	total += array(r)[1].S.Area()
	total += shapes(r)["r"].Area()
	fmt.Println(total, len(rows(4)))
}
