package main

import (
	"fmt"
	"reflect"
)

type MyInts []int
type Other []int
type P struct {
	X int `k:"v"`
}
type Q struct {
	X int `k:"v"`
}
type R struct{ X int }
type F func(int) string
type Str string
type PP *P
type Stringer interface{ String() string }
type Named int

func (Named) String() string { return "n" }

func main() {
	ts := []interface{}{[]int{}, MyInts{}, Other{}, P{}, Q{}, R{}, struct {
		X int `k:"v"`
	}{}, F(nil), func(int) string { return "" }, "", Str(""), []byte{}, []rune{}, 1, 2.5, &P{}, &Q{}, PP(nil), Named(0), [4]int{}, &[4]int{}, map[string]int{}, (*Stringer)(nil)}
	for i, a := range ts {
		ta := reflect.TypeOf(a)
		for j, b := range ts {
			tb := reflect.TypeOf(b)
			fmt.Printf("%d%d:%v%v ", i, j, b2i(ta.AssignableTo(tb)), b2i(ta.ConvertibleTo(tb)))
		}
		fmt.Println(ta)
	}
	st := reflect.TypeOf((*Stringer)(nil)).Elem()
	fmt.Println(reflect.TypeOf(Named(0)).AssignableTo(st), reflect.TypeOf(0).ConvertibleTo(st), reflect.TypeOf(Named(0)).ConvertibleTo(st))
	c := make(chan int, 5)
	c <- 1
	fmt.Println(reflect.ValueOf(c).Len(), reflect.ValueOf(c).Cap(), reflect.TypeOf(c).Elem())
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
