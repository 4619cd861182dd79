package main

import "fmt"

func main() {
	x := 3
	switch x {
	case 3:
		continue
	}
	fmt.Println(x)
}
