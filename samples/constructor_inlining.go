// A constructor NewT() returning &T{...} versus one returning T{...}.
// With -l (no inlining) the learner should see "&Item{...} escapes to heap"
// in NewItem even though main only reads the item: the constructor cannot
// know what its caller does. MakeItem returns a copy and allocates nothing.
// Compare the plain -m recording (NAME.m.txt): there gc inlines NewItem
// into main and the same &Item{...} "does not escape".
package main

import "fmt"

type Item struct {
	ID    int
	Price int
}

func NewItem(id, price int) *Item {
	return &Item{ID: id, Price: price}
}

func MakeItem(id, price int) Item {
	return Item{ID: id, Price: price}
}

func main() {
	p := NewItem(1, 250)
	v := MakeItem(2, 400)
	total := p.Price + v.Price
	fmt.Println(total)
	fmt.Println(v)
}
