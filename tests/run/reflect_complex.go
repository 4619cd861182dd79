package main

import (
	"fmt"
	"reflect"
)

type Pair struct {
	A complex64
	B complex128
}

func main() {
	p := Pair{1 + 2i, -3.5 + 0.25i}
	v := reflect.ValueOf(&p).Elem()
	fmt.Println(v.Field(0).Complex(), v.Field(1).Complex(), v.Field(0).Kind(), v.Field(1).Type())
	v.Field(0).SetComplex(5 - 1i)
	v.Field(1).SetComplex(complex(real(v.Field(1).Complex()), 0))
	fmt.Println(p, reflect.DeepEqual(p, Pair{5 - 1i, 0}), reflect.ValueOf(3i).IsZero(), reflect.Zero(reflect.TypeOf(3i)).IsZero())
}
