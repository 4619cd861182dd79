// Standard-library functions gc inlines into user code, with their
// go1.19 bodies expanded by minigo too: the allocation in errors.New and
// bytes.NewBufferString becomes the caller's, sort.Ints converts the
// caller's slice to sort.Interface, Scanner.Text's string conversion is
// the caller's.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"sort"
)

var errBoom = errors.New("boom")

func find(xs []int, x int) error {
	for _, v := range xs {
		if v == x {
			return nil
		}
	}
	return errors.New("not found")
}

func main() {
	err := find([]int{1, 2}, 3)
	fmt.Println(err, errors.Is(err, errBoom), errors.Is(errBoom, errBoom))
	b := bytes.NewBufferString("hi")
	b.WriteString(" there")
	fmt.Println(b.String(), b.Len())
	xs := []int{3, 1, 2}
	sort.Ints(xs)
	ss := []string{"b", "c", "a"}
	sort.Strings(ss)
	fmt.Println(xs, ss)
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n += len(sc.Text())
	}
	fmt.Println(n)
}
