package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type kv struct{ k, v int }

func main() {
	xs := make([]kv, 100)
	for i := range xs {
		xs[i] = kv{(i * 7919) % 13, i}
	}
	ys := append([]kv(nil), xs...)
	sort.Slice(xs, func(i, j int) bool { return xs[i].k < xs[j].k })
	for _, x := range xs {
		fmt.Print(x.v, " ")
	}
	fmt.Println()
	sort.SliceStable(ys, func(i, j int) bool { return ys[i].k < ys[j].k })
	for _, x := range ys {
		fmt.Print(x.v, " ")
	}
	fmt.Println()
	fs := []float64{3, math.Copysign(0, -1), 0, math.NaN(), -1, 0, math.Copysign(0, -1), 2, math.Inf(-1), 0, 1, math.Copysign(0, -1), 5, 4, 3, 0}
	sort.Float64s(fs)
	fmt.Println(fs)
	ss := []string{"pear", "apple", "fig", "apple", "banana", "", "Zebra"}
	sort.Strings(ss)
	fmt.Printf("%q\n", ss)
	fmt.Println(sort.SearchInts([]int{1, 3, 5, 7}, 5), sort.SearchInts([]int{1, 3, 5, 7}, 4), sort.SearchInts([]int{1, 3, 5, 7}, 9))
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.Split("héllo", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c,d", ",", 3))
	fmt.Printf("%q\n", strings.Fields(" \t a  b\u00a0c\n"))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q %q %q\n", strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink", "oink", "moo", -1), strings.Replace("abc", "", "-", -1))
	fmt.Printf("%q %q %q %q\n", strings.Trim("  xx  ", " "), strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace(" \t\n Hello \r\n"), strings.ToUpper("héllo wörld"), strings.ToLower("HÉLLO ΣΑΣ"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.LastIndex("go gopher", "go"), strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Straße", "STRASSE"), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.ContainsRune("abc", 'b'), strings.ContainsAny("abc", "xyz"))
	fmt.Printf("%q %q\n", strings.Title("hello wide world"), strings.Repeat("-", 0))
}
