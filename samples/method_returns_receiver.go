// A method that returns its receiver, so calls can be chained. The
// receiver leaks only to the result: "leaking param: c to result ~r0
// level=0". Whether the caller's variable escapes depends on what happens
// to the result: here the chain's result is only read, so c stays on the
// stack although its address is taken for every call in the chain.
package main

import "fmt"

type Counter struct {
	N     int
	Steps int
}

func (c *Counter) Add(k int) *Counter {
	c.N = c.N + k
	c.Steps++
	return c
}

func (c *Counter) Double() *Counter {
	c.N = c.N * 2
	c.Steps++
	return c
}

func main() {
	c := Counter{}
	r := c.Add(3).Double().Add(1)
	fmt.Println(r.N, r.Steps)
	fmt.Println(c.N == r.N)
}
