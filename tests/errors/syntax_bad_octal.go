package main

import "fmt"

func main() {
	mode := 0o789
	fmt.Println(mode)
}
