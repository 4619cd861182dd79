package main

import "fmt"

type P struct {
	n int
}

func main() {
	m := map[string]P{"a": {1}}
	m["a"].n = 2
	fmt.Println(m)
}
