package main

import (
	"fmt"

	"example.com/m1/util"
)

func main() {
	s := make([]int, 0, 4)
	for i := 0; i < 4; i++ {
		s = append(s, i*i)
	}
	fmt.Println(util.Sum(s...), util.Greeting)
}
