package main

import "fmt"

func main() {
	p := nil
	fmt.Println(p)
}
