package main

import "fmt"

type Cat struct {
	Name string
}

func main() {
	c := Cat{Name: "tom"}
	fmt.Println(c.Name())
}
