package main

import (
	"fmt"
	"reflect"
)

// recover() in a method called as a deferred call through an interface
// (a wrapper for value receivers), a method expression, or reflect.

type I interface{ M() }

type Word uintptr
type Empty struct{}
type Big struct{ a, b, c, d string }
type Ptr struct{ n int }

func (Word) M()  { fmt.Println("Word.M recovered:", recover()) }
func (Empty) M() { fmt.Println("Empty.M recovered:", recover()) }
func (Big) M()   { fmt.Println("Big.M recovered:", recover()) }
func (*Ptr) M()  { fmt.Println("Ptr.M recovered:", recover()) }

type Outer struct{ Big }

func helper() interface{} { return recover() }

func (w Word) N() { fmt.Println("N (not directly):", helper()); fmt.Println("N direct:", recover()) }

func viaIface(i I, v int) {
	defer i.M()
	panic(v)
}

func viaMethodExpr(v int) {
	f := I.M
	defer f(Big{})
	panic(v)
}

func viaPromoted(v int) {
	defer Outer.M(Outer{})
	panic(v)
}

func viaReflectValue(i I, v int) {
	f := reflect.ValueOf(i).Method(0).Interface().(func())
	defer f()
	panic(v)
}

func viaReflectFunc(v int) {
	f := reflect.TypeOf(Big{}).Method(0).Func.Interface().(func(Big))
	defer f(Big{})
	panic(v)
}

func viaMakeFunc(v int) {
	f := reflect.MakeFunc(reflect.TypeOf(func() {}), func(args []reflect.Value) []reflect.Value {
		fmt.Println("MakeFunc recovered:", recover())
		return nil
	}).Interface().(func())
	defer f()
	panic(v)
}

func notDirect(v int) {
	defer func() { fmt.Println("outer recovered:", recover()) }()
	defer Word(0).N()
	panic(v)
}

func main() {
	for i, x := range []I{Word(1), Empty{}, Big{}, &Ptr{}} {
		viaIface(x, i)
		viaReflectValue(x, 10+i)
	}
	viaMethodExpr(20)
	viaPromoted(21)
	viaReflectFunc(22)
	viaMakeFunc(23)
	notDirect(24)
	add := reflect.MakeFunc(reflect.TypeOf(func(int, int) int { return 0 }), func(args []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(int(args[0].Int() + args[1].Int()))}
	}).Interface().(func(int, int) int)
	fmt.Println(add(40, 2))
}
