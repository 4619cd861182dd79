// A slice of pointers: the slice literal itself stays on the stack, but the
// compiler tracks its elements as one: the element returned by oldest may be
// any of them, and it is printed (fmt.Println leaks what it is given), so
// alice and bob are both "moved to heap". The element appended is an
// argument to append, which always leaks, so "&Person{...} escapes to heap".
package main

import "fmt"

type Person struct {
	Name string
	Age  int
}

func oldest(people []*Person) *Person {
	best := people[0]
	for _, p := range people {
		if p.Age > best.Age {
			best = p
		}
	}
	return best
}

func main() {
	alice := Person{Name: "Alice", Age: 30}
	bob := Person{Name: "Bob", Age: 41}
	group := []*Person{&alice, &bob}
	group = append(group, &Person{Name: "Carol", Age: 35})
	o := oldest(group)
	fmt.Println(o.Name, len(group))
	fmt.Println(o)
}
