package main

var sink interface{}

func put(m map[string]int, k string, k2 *int, m2 map[*int]int) {
	m[k] = 1
	m[k] += 2
	m[k]++
	m2[k2], m[k] = 3, 4
}

func main() {
	x := 1
	put(map[string]int{}, "a", &x, map[*int]int{})
}
