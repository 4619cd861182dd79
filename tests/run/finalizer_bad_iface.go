package main

import "runtime"

type T struct{ a, b int }

type I interface{ M() }

func main() {
	runtime.SetFinalizer(&T{}, func(I) {})
}
