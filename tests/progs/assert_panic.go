package main

import "fmt"

type I interface{ M() }
type J interface{ N() }
type T struct{}

func (T) M() {}

type U int

func main() {
	var e interface{}
	var i I = T{}
	var j interface{} = U(1)
	_, _, _ = e, i, j
	fmt.Println("start")
	switch 2 {
	case 1:
		_ = e.(int)
	case 2:
		_ = i.(J)
	case 3:
		_ = i.(*T)
	case 4:
		_ = j.(I)
	}
}
