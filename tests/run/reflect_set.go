package main

import (
	"fmt"
	"reflect"
)

type Config struct {
	Name    string
	Port    int
	Ratio   float32
	Debug   bool
	Mask    uint8
	Tags    []string
	private int
	Any     interface{}
}

func main() {
	var c Config
	v := reflect.ValueOf(&c).Elem()
	fmt.Println(v.CanSet(), v.CanAddr(), reflect.ValueOf(c).CanSet(), v.Field(6).CanSet(), v.Field(0).CanSet())
	v.Field(0).SetString("srv")
	v.Field(1).SetInt(8080)
	v.Field(2).SetFloat(0.25)
	v.Field(3).SetBool(true)
	v.Field(4).SetUint(300)
	v.Field(5).Set(reflect.ValueOf([]string{"a", "b"}))
	v.Field(7).Set(reflect.ValueOf(12))
	v.FieldByName("Port").SetInt(9090)
	fmt.Printf("%+v\n", c)

	x := 5
	px := reflect.ValueOf(&x)
	px.Elem().SetInt(7)
	fmt.Println(x, px.Elem().Addr().Interface() == &x, px.Elem().Interface())

	s := reflect.ValueOf([]int{1, 2, 3})
	s.Index(1).SetInt(20)
	s = reflect.Append(s, reflect.ValueOf(4), reflect.ValueOf(5))
	fmt.Println(s.Interface(), s.Len())
	dst := reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 10)
	fmt.Println(reflect.Copy(dst, s), dst.Interface(), dst.Cap())

	n := reflect.New(reflect.TypeOf(Config{}))
	n.Elem().Field(0).SetString("new")
	fmt.Printf("%+v %v\n", *n.Interface().(*Config), n.Type())
	z := reflect.Zero(reflect.TypeOf(3.5))
	fmt.Println(z.Float(), z.IsZero(), reflect.ValueOf(Config{Port: 1}).IsZero(), reflect.ValueOf(Config{}).IsZero())

	m := reflect.MakeMap(reflect.TypeOf(map[string]int{}))
	fmt.Println(m.Len(), reflect.Indirect(reflect.ValueOf(&x)).Int())

	var e error
	ev := reflect.ValueOf(&e).Elem()
	fmt.Println(ev.Kind(), ev.IsNil(), ev.Type())
	ev.Set(reflect.ValueOf(fmt.Errorf("boom")))
	fmt.Println(e, ev.Elem().Type())

	defer func() { fmt.Println("recovered:", recover()) }()
	defer func() {
		fmt.Println("recovered:", recover())
		reflect.ValueOf(c).Field(1).SetInt(1)
	}()
	defer func() {
		fmt.Println("recovered:", recover())
		reflect.ValueOf("str").Int()
	}()
	v.Field(6).SetInt(3)
}
