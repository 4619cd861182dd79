// gc's escape analysis ignores an assignment that stores into a field
// (or an element) what it read from the same variable's field or element
// (escape/utils.go: isSelfAssign).  p.x += p.vx is p.x = p.vx to it: an
// assignment operation is a self-assignment too, and -m says so at every
// level, in the method and wherever it is inlined.
package main

import "fmt"

type Particle struct {
	x, vx int
	name  string
	tag   string
	hist  [4]int
	buf   []byte
	next  *Particle
}

func (p *Particle) step(i, j int) {
	p.x += p.vx
	p.name += p.tag
	p.hist[0] += p.hist[1]
	p.hist[i] -= p.hist[j]
	p.next.x *= p.next.vx
	p.x <<= p.vx
	p.buf = p.buf[1:]
}

func main() {
	p := &Particle{x: 1, vx: 2, name: "p", tag: "!", buf: []byte("abc")}
	p.next = p
	p.step(2, 3)
	fmt.Println(p.x, p.name, p.hist, string(p.buf))
}
