package main

import "fmt"

type User struct {
	Name string
	Age  int
	Name string
}

func main() {
	fmt.Println(User{})
}
