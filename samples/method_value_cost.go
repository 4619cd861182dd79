// A method value x.m whose method wants *x costs gc's implicit &x as well
// (OMETHVALUE of OADDR): supports costs 81 with it, one over the budget,
// so gc does not inline it (net's supportsIPv4 is the same function).
package main

import (
	"fmt"
	"sync"
)

type caps struct {
	once sync.Once
	v4   bool
}

var stackCaps caps

func (p *caps) probe() { p.v4 = true }

func supports() bool {
	stackCaps.once.Do(stackCaps.probe)
	return stackCaps.v4
}

type counter struct{ n int }

func (c counter) get() int { return c.n }

func getter(c *counter) func() int { return c.get }

func main() {
	c := &counter{3}
	fmt.Println(supports(), getter(c)())
}
