// A struct holding a slice, stored in a global. Copying the struct into
// the global copies only the slice header (pointer, len, cap), so the
// backing array it points to must live on the heap: the learner should see
// "make([]string, 0, 4) escapes to heap" in register, while the same make
// in a struct that stays local "does not escape". Strings are pointers
// too: register's name goes to the global ("leaking param: name"). In
// countLocal, t is one location for all its fields, and append leaks what
// its slice argument points to, so name is "leaking param content" there.
package main

import "fmt"

type Team struct {
	Name    string
	Members []string
}

var current Team

func register(name string) {
	t := Team{Name: name, Members: make([]string, 0, 4)}
	t.Members = append(t.Members, "ann", "bob")
	current = t
}

func countLocal(name string) int {
	t := Team{Name: name, Members: make([]string, 0, 4)}
	t.Members = append(t.Members, "cid")
	return len(t.Members)
}

func main() {
	register("blue")
	fmt.Println(current.Name, len(current.Members), current.Members[1])
	fmt.Println(countLocal("red"))
	fmt.Println(current)
}
