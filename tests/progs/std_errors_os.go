package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type E struct{ code int }

func (e *E) Error() string { return "E" + strconv.Itoa(e.code) }

type S int

func (s S) String() string { return "S<" + strconv.Itoa(int(s)) + ">" }

func main() {
	fmt.Println(len(os.Args) > 0)
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintf(os.Stdout, "to %s\n", "stdout")
	err := errors.New("boom")
	fmt.Println(err)
	w := fmt.Errorf("wrap: %w", err)
	fmt.Println(w, errors.Unwrap(w) == err, errors.Is(w, err))
	_, e2 := strconv.Atoi("99999999999999999999")
	fmt.Println(e2)
	_, e3 := strconv.ParseInt("zz", 16, 64)
	fmt.Println(e3, errors.Is(e3, strconv.ErrSyntax))
	var ee error = &E{3}
	fmt.Println(ee)
	fmt.Printf("%v %s %d\n", S(4), S(5), S(6))
	fmt.Println([]S{1, 2})
	os.Exit(3)
}
