package main

import "fmt"

func main() {
rows:
	for i := 0; i < 2; i++ {
	cols:
		for j := 0; j < 2; j++ {
			fmt.Println(i, j)
		}
	}
}
