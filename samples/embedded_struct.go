// A struct with an embedded struct. e.Name is a promoted field: it is
// really e.Person.Name, stored inside e, so the embedded Person is part of
// the same allocation. Returning &e.Person (a pointer into e) moves the
// whole e to the heap: "moved to heap: e". Reading a promoted field, or
// passing a pointer to e that is only read ("e does not escape"), keeps e
// on the stack. Note how -m spells the promoted field: e.Person.Name.
package main

import "fmt"

type Person struct {
	Name string
	Age  int
}

type Employee struct {
	Person
	Salary int
}

func describe(e *Employee) int {
	return e.Age*1000 + e.Salary
}

func personOf(name string, age int) *Person {
	e := Employee{Person: Person{Name: name, Age: age}, Salary: 10}
	e.Age++
	return &e.Person
}

func main() {
	e := Employee{Person: Person{Name: "ann", Age: 30}, Salary: 50}
	fmt.Println(e.Name, describe(&e))
	p := personOf("bob", 40)
	fmt.Println(p.Name, p.Age)
	fmt.Println(e)
}
