package main

import "fmt"

func main() {
	x := 4
	if x == 4; {
		fmt.Println(x)
	}
}
