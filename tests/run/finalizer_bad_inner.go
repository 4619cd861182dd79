package main

import "runtime"

type T struct {
	a, b int
	p    *int
}

func main() {
	t := &T{}
	runtime.SetFinalizer(&t.p, func(**int) {})
}
