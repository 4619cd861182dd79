// Methods promoted through embedded fields get wrappers too: for a struct
// T embedding E, gc makes T.M and (*T).M, which call .this.E.M(...), and
// escape-analyses each by itself when it writes the types' descriptors
// (E's first, as a field of T). At -m=2 a receiver that leaks is explained
// along the fields: "dot" for a field of a value, "dot of pointer" for a
// field reached through a pointer, then "indirection" when the method
// wants the value an embedded pointer points to, or "address-of" when a
// pointer method is called on an embedded value. A method promoted from an
// embedded interface is an interface call: everything leaks to the heap.
package main

import "fmt"

type Counter struct {
	hits *int
}

func (c Counter) Hits() *int { return c.hits }

var keep *Counter

func (c *Counter) Keep() { keep = c }

type Greeter interface {
	Greet(name *string) string
}

type hello struct{}

func (hello) Greet(name *string) string { return *name }

// Page has Counter's Hits and Keep, and Greeter's Greet.
type Page struct {
	Counter
	Greeter
	title string
}

// Site reaches Counter through a pointer.
type Site struct {
	*Counter
}

func main() {
	n := 3
	p := &Page{title: "home"}
	p.Counter.hits = &n
	var g Greeter = hello{}
	p.Greeter = g
	c := &p.Counter
	c.Keep()
	who := "bob"
	h := p.Counter.Hits()
	fmt.Println(*h, p.Greeter.Greet(&who), p.title, keep == &p.Counter)
	s := Site{&Counter{hits: &n}}
	s.Counter.Keep()
	h = s.Counter.Hits()
	fmt.Println(*h, keep == s.Counter)
}
