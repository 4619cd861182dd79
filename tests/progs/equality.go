// == and != on interfaces, structs and arrays (strings and interfaces
// inside), and such values as map keys; comparing interfaces
// holding an uncomparable type panics.
package main

import "fmt"

type P struct {
	x int
	s string
	i interface{}
}

type E struct{}

func main() {
	a := P{15, "a", 3}
	b := P{15, "a", 3}
	fmt.Println(a == b, a != b)
	b.i = "3"
	fmt.Println(a == b)
	c := P{-1, "", nil}
	fmt.Println(c == c)
	arr1 := [3]string{"x", "y", "z"}
	arr2 := [3]string{"x", "y", "z"}
	fmt.Println(arr1 == arr2)
	arr2[2] = "w"
	fmt.Println(arr1 == arr2)
	var e1, e2 interface{} = E{}, E{}
	fmt.Println(e1 == e2)
	var x, y interface{} = a, b
	fmt.Println(x == y, x == interface{}(a))
	var n1, n2 interface{}
	fmt.Println(n1 == n2, n1 == x)
	m := map[P]int{}
	m[a] = 1
	m[b] = 2
	m[P{15, "a", 3}]++
	m[c] = 5
	m[c] = 6
	fmt.Println(len(m), m[a], m[b], m[c])
	am := map[[2]int]string{{1, 2}: "a"}
	am[[2]int{1, 2}] += "b"
	fmt.Println(am[[2]int{1, 2}], len(am))
	var s1, s2 interface{} = []int{1}, []int{1}
	fmt.Println(s1 == s2)
}
