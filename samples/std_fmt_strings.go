// The standard library written in C: fmt's verbs and flags, strconv,
// strings, strings.Builder, errors and sort, on ints, strings and bools.
// (Calls whose inlined bodies gc reports in -m are left out.)
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type point struct {
	X, Y int
	tag  string
}

func main() {
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%#x|%o|%b|%c|%q|%U\n", 42, 42, 42, -42, 255, 255, 255, 8, 5, 'A', 'B', 0x1F600)
	fmt.Printf("%s|%10s|%-10s|%q|%x|%.2s\n", "go", "go", "go", "a\"b\n", "go", "gopher")
	p := point{1, 2, "p"}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v\n", &p, []point{p, {3, 4, "q"}})
	fmt.Printf("%t|%v|%d %s|%!|%z\n", true, nil, "str", 5, 1)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, "extra")
	fmt.Printf("%*d|%-*d|%[2]d %[1]d\n", 4, 7, 4, 8)
	s := fmt.Sprintf("%v %v %v", []int{1, 2}, [2]string{"a", "b"}, []bool{true})
	ln := fmt.Sprintln("x", 3)
	fmt.Println(s, len(s), len(ln))

	fmt.Println(strconv.Itoa(-123), strconv.FormatInt(255, 16))
	for _, in := range []string{"42", "-7", "12x", "", "99999999999999999999"} {
		n, err := strconv.Atoi(in)
		fmt.Println(n, err)
	}
	v, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(v, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))

	fmt.Println(strings.ToUpper("hello"), strings.Index("chicken", "ken"), strings.Contains("seafood", "foo"))
	fmt.Println(strings.Repeat("ab", 3), strings.TrimSpace("  x y  "), strings.Join([]string{"a", "b", "c"}, "-"))
	fmt.Printf("%q %q %q\n", strings.Split("a,b,,c", ","), strings.Fields("  one two  three "), strings.SplitN("1.2.3", ".", 2))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.Count("cheese", "e"))
	fmt.Println(strings.Trim("xxhixx", "x"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.LastIndex("go gopher", "go"), strings.Title("hello world"))

	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	b.WriteRune('é')
	str, n := b.String(), b.Len()
	fmt.Println(str, n)

	w := fmt.Errorf("context: %w", err)
	fmt.Println(w, errors.Is(w, strconv.ErrRange), errors.Is(w, strconv.ErrSyntax))
	fmt.Printf("%v|%q|%T|%T\n", err, err, err, w)

	xs := []int{1, 2, 3, 5, 8, 9}
	fmt.Println(xs, sort.SearchInts(xs, 8), sort.SearchInts(xs, 4))
	fmt.Fprintln(os.Stdout, len(os.Args) > 0)
}
