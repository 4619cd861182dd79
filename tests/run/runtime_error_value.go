package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		e := recover()
		re, ok := e.(runtime.Error)
		fmt.Println(ok, re.Error())
		err := e.(error)
		fmt.Println(err)
		fmt.Printf("%v|%s\n", e, err.Error())
	}()
	var a []int
	_ = a[3]
}
