package main

import "fmt"

func main() {
	t := true
	f := false
	fmt.Println(t + f)
}
