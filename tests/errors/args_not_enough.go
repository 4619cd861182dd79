package main

import "fmt"

func describe(name string, age int, ok bool) string {
	if ok {
		return name
	}
	return fmt.Sprint(age)
}

func main() {
	fmt.Println(describe("ann", 3))
}
