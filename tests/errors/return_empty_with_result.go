package main

import "fmt"

func five() int {
	return
}

func main() {
	fmt.Println(five())
}
