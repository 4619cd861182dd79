package main

import "fmt"

type Person struct {
	Name string
	Age  int
}

func main() {
	p := Person{Name: "Ann", Age: 30}
	fmt.Println(p.name)
}
