// A negative shift amount is a recoverable run-time panic.
package main

import (
	"fmt"
	"runtime"
)

//go:noinline
func shift(x int, n int) int { return x << n }

//go:noinline
func shr8(x int8, n int32) int8 { return x >> n }

func try(f func()) {
	defer func() {
		r := recover()
		err, ok := r.(runtime.Error)
		fmt.Println("recovered:", r, ok, err != nil)
	}()
	f()
}

func main() {
	try(func() { fmt.Println(shift(1, -1)) })
	try(func() { fmt.Println(shr8(-64, -3)) })
	fmt.Println(shift(1, 62), shr8(-64, 40))
	var n int64 = -5
	fmt.Println(uint(1) << n)
}
