package main

import "fmt"

func say(s string) {
	fmt.Println(s)
	return s
}

func main() {
	say("x")
}
