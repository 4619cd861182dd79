// A composite literal whose type is written with an alias prints as gc
// prints the type the alias stands for (&os.PathError{...} is
// &fs.PathError{...}, a local alias by the aliased name); init functions
// are named init.0, init.1, ... as gc names them.
package main

import (
	"errors"
	"fmt"
	"os"
)

type point struct{ x, y int }

type pt = point

var limits struct{ cur, max int }

func init() {
	limits.max = 8
}

func init() {
	limits.cur = limits.cur
	limits.cur = limits.max
}

func open(name string) error {
	return &os.PathError{Op: "open", Path: name, Err: errors.New("missing")}
}

func main() {
	p := &pt{1, 2}
	infos := []os.FileInfo{}
	fmt.Println(open("x"), p.x+p.y, len(infos), limits.cur)
}
