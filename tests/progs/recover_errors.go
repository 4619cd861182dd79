// The run-time panics of interfaces and maps are runtime errors that
// recover() returns and that are errors (r.(error), Error()).
package main

import "fmt"

func try(f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Println("recovered:", r != nil, isErr)
		if e, ok := r.(error); ok {
			fmt.Println(e.Error())
		}
	}()
	f()
}

func main() {
	var e interface{} = "s"
	try(func() { _ = e.(int) })
	try(func() { var m map[string]int; m["a"] = 1 })
	try(func() { var a, b interface{} = []int{}, []int{}; _ = a == b })
	try(func() { m := map[interface{}]int{}; m[[]int{}] = 1 })
}
