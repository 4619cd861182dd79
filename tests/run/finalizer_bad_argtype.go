package main

import "runtime"

type T struct{ a, b int }

func main() {
	runtime.SetFinalizer(&T{}, func(*int) {})
}
