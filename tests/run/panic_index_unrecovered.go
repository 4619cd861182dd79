package main

import "fmt"

func get(s []string, i int) string {
	defer fmt.Println("get returns or panics")
	return s[i]
}

func main() {
	fmt.Println(get([]string{"a"}, 0))
	fmt.Println(get(nil, 2))
}
