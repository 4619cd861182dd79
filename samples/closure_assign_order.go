// Function literals that assign to the variables they capture. A variable
// that is assigned after its capture is captured by reference (its
// address goes into the closure), one that is only read by value. gc's
// front end reads an assignment's right side before its left side, so
// -m=2 lists `total` after `scale` in `total += n * scale`, and `names`
// after `prefix` in `names[i] = prefix + ...`.
package main

import (
	"fmt"
	"strconv"
)

type Cache struct {
	data map[int]string
}

func (c *Cache) Get(k int) string { return c.data[k] }

func main() {
	scale := 3
	total := 0
	add := func(n int) { total += n * scale }

	prefix := "item"
	names := make([]string, 3)
	fill := func(i int) { names[i] = prefix + strconv.Itoa(i) }

	c := &Cache{data: map[int]string{1: "one"}}
	results := make([]string, 2)
	lookup := func(i int) { results[i] = c.Get(i) }

	msg := "unset"
	count := 2
	set := func(i int) { msg = fmt.Sprint("set by ", i, " of ", count) }

	for i := 0; i < 3; i++ {
		add(i)
		fill(i)
	}
	lookup(1)
	set(1)
	fmt.Println(total, names, results, msg)
}
