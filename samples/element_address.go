// Taking the address of a slice element, &s[i]. The pointer points into
// the slice's backing array, so it is the array that must outlive the
// pointer: when the pointer stays in the function, make([]Slot, 4) "does
// not escape"; when &s[i] is returned, the whole backing array "escapes
// to heap". No variable is "moved to heap": s itself is only a header.
package main

import "fmt"

type Slot struct {
	ID   int
	Used bool
}

func firstFreeLocal() int {
	s := make([]Slot, 4)
	s[0].Used = true
	for i := range s {
		p := &s[i]
		if !p.Used {
			p.Used = true
			return p.ID + i
		}
	}
	return -1
}

func firstFree() *Slot {
	s := make([]Slot, 4)
	for i := range s {
		s[i].ID = i + 100
	}
	s[0].Used = true
	return &s[1]
}

func main() {
	fmt.Println(firstFreeLocal())
	p := firstFree()
	fmt.Println(p.ID, p.Used)
	fmt.Println(p)
}
