package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		if i > 1 {
			tmp := i * 2
		}
		sq := i * i
		fmt.Println(i)
	}
}
