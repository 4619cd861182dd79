// An expression switch on an interface value with concrete cases: gc
// compares without converting the cases at type checking (walk converts
// them, after escape analysis), so they are no allocation sites; a
// package variable of an interface type set to a constant is static data.
package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

type code int

var Interrupt os.Signal = syscall.SIGINT

var defaultValue interface{} = 42

func classify(v interface{}) string {
	switch v {
	case 1, 2:
		return "small"
	case "one":
		return "word"
	case code(7):
		return "code"
	}
	return "other"
}

func kind(err error) string {
	switch err {
	case nil:
		return "ok"
	case syscall.EINVAL, syscall.ENOENT:
		return "errno"
	}
	return err.Error()
}

func main() {
	fmt.Println(classify(1), classify("one"), classify(code(7)), classify(3.5))
	fmt.Println(kind(nil), kind(syscall.EINVAL), kind(errors.New("x")), Interrupt, defaultValue)
}
