package main

import "fmt"

func name() string {
	return 7
}

func main() {
	fmt.Println(name())
}
