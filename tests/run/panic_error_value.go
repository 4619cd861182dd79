package main

import (
	"errors"
	"fmt"
)

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("my error %d", e.code) }

type named string

func (n named) String() string { return "named:" + string(n) }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		defer func() {
			recover()
			panic(named("x"))
		}()
		panic(errors.New("plain"))
	}()
	panic(&myErr{7})
}
