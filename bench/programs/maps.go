// Maps: insert, look up and delete integer and string keys.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	m := make(map[int]int)
	for i := 0; i < 2000000; i++ {
		m[i*7] = i
	}
	hits := 0
	for i := 0; i < 4000000; i++ {
		if _, ok := m[i]; ok {
			hits++
		}
	}
	for i := 0; i < 2000000; i += 2 {
		delete(m, i*7)
	}
	s := make(map[string]int)
	for i := 0; i < 500000; i++ {
		s["k"+strconv.Itoa(i%100000)] += i
	}
	fmt.Println(len(m), hits, len(s), s["k4242"])
}
