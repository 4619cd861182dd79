package main

import "fmt"

func get() int {
	return 1, nil
}

func main() {
	fmt.Println(get())
}
