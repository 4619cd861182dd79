package main

import "fmt"

func main() {
	s := `line one
line two
	fmt.Println(s)
}
