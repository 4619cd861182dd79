package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Inner struct {
	X, Y int
}

type Point struct {
	Name  string  `json:"name" xml:"n"`
	Age   int     `json:"age,omitempty"`
	Score float64 `json:"-"`
	tags  []string
	M     map[string]int
	P     *Inner
	Inner `json:"inner"`
	F     func(int) string
	B     bool
	U     uint16
	A     [3]int8
	I     interface{}
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }
func (c Celsius) Add(d float64) Celsius { return c + Celsius(d) }
func (c *Celsius) Set(d float64) { *c = Celsius(d) }
func (c Celsius) hidden() {}

type Shape interface {
	Area() float64
	Perimeter() float64
}

func walk(v reflect.Value, depth int) {
	pad := ""
	for i := 0; i < depth; i++ {
		pad += "  "
	}
	t := v.Type()
	switch v.Kind() {
	case reflect.Struct:
		fmt.Printf("%sstruct %s (%d fields)\n", pad, t, t.NumField())
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			fmt.Printf("%s- %s %s kind=%s off=%d anon=%v pkg=%q json=%q xml=%q\n", pad, f.Name, f.Type, f.Type.Kind(), f.Offset, f.Anonymous, f.PkgPath, f.Tag.Get("json"), f.Tag.Get("xml"))
			if f.PkgPath == "" {
				walk(v.Field(i), depth+1)
			}
		}
	case reflect.Slice, reflect.Array:
		fmt.Printf("%s%s len=%d\n", pad, t, v.Len())
		for i := 0; i < v.Len(); i++ {
			walk(v.Index(i), depth+1)
		}
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		fmt.Printf("%smap %s len=%d\n", pad, t, v.Len())
		for _, k := range keys {
			fmt.Printf("%s  %s => %d\n", pad, k.String(), v.MapIndex(k).Int())
		}
		fmt.Println(pad, "missing valid:", v.MapIndex(reflect.ValueOf("nope")).IsValid())
	case reflect.Ptr:
		if v.IsNil() {
			fmt.Printf("%snil %s\n", pad, t)
		} else {
			fmt.Printf("%spointer to %s\n", pad, t.Elem())
			walk(v.Elem(), depth+1)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		fmt.Printf("%s%s = %d\n", pad, t, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		fmt.Printf("%s%s = %d\n", pad, t, v.Uint())
	case reflect.Float32, reflect.Float64:
		fmt.Printf("%s%s = %g\n", pad, t, v.Float())
	case reflect.String:
		fmt.Printf("%s%s = %q\n", pad, t, v.String())
	case reflect.Bool:
		fmt.Printf("%s%s = %v\n", pad, t, v.Bool())
	case reflect.Func:
		fmt.Printf("%sfunc %s nil=%v in=%d out=%d\n", pad, t, v.IsNil(), t.NumIn(), t.NumOut())
	case reflect.Interface:
		fmt.Printf("%sinterface %s nil=%v\n", pad, t, v.IsNil())
		if !v.IsNil() {
			walk(v.Elem(), depth+1)
		}
	default:
		fmt.Printf("%sother %s\n", pad, v.Kind())
	}
}

func main() {
	p := Point{Name: "ann", Age: 7, Score: 1.5, tags: []string{"a"}, M: map[string]int{"b": 2, "a": 1, "c": 3},
		Inner: Inner{3, 4}, B: true, U: 65535, A: [3]int8{-1, 0, 1}, I: "hi"}
	walk(reflect.ValueOf(p), 0)
	walk(reflect.ValueOf(&Point{P: &Inner{1, 2}}), 0)

	for _, x := range []interface{}{1, int8(2), "s", 2.5, float32(1), true, []byte("x"), map[int]bool{}, &p, p, Celsius(3), struct{}{}, [2]string{}, make(chan int), uintptr(1), Shape(nil)} {
		t := reflect.TypeOf(x)
		if t == nil {
			fmt.Println("nil type")
			continue
		}
		fmt.Printf("%v: kind=%v name=%q pkg=%q size=%d comparable=%v\n", t, t.Kind(), t.Name(), t.PkgPath(), t.Size(), t.Comparable())
	}
	ct := reflect.TypeOf(Celsius(0))
	fmt.Println(ct.NumMethod(), reflect.PointerTo(ct).NumMethod())
	for i := 0; i < ct.NumMethod(); i++ {
		m := ct.Method(i)
		fmt.Println(i, m.Name, m.Type, m.Index)
	}
	pt := reflect.PtrTo(ct)
	for i := 0; i < pt.NumMethod(); i++ {
		m := pt.Method(i)
		fmt.Println(i, m.Name, m.Type)
	}
	st := reflect.TypeOf((*Shape)(nil)).Elem()
	fmt.Println(st, st.Kind(), st.NumMethod(), st.Method(0).Name, st.Method(1).Type)
	fmt.Println(ct.Implements(reflect.TypeOf((*fmt.Stringer)(nil)).Elem()), ct.Implements(st))
	fmt.Println(ct.AssignableTo(ct), ct.ConvertibleTo(reflect.TypeOf(1)), reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]byte(nil))))
	ft := reflect.TypeOf(fmt.Sprintf)
	fmt.Println(ft, ft.NumIn(), ft.In(0), ft.In(1), ft.IsVariadic(), ft.Out(0))
	mt := reflect.TypeOf(map[string][]int{})
	fmt.Println(mt.Key(), mt.Elem(), mt.Elem().Elem(), reflect.TypeOf([4]int{}).Len())
	for k := reflect.Invalid; k <= reflect.UnsafePointer+1; k++ {
		fmt.Print(k.String(), " ")
	}
	fmt.Println()
	v := reflect.ValueOf(Celsius(21.5))
	fmt.Println(v.Method(0).Call([]reflect.Value{reflect.ValueOf(1.0)})[0].Interface(), v.NumMethod())
	fmt.Println(v.MethodByName("String").Call(nil)[0].String())
	f := reflect.ValueOf(func(a int, b ...string) (int, string) { return a + len(b), fmt.Sprint(b) })
	out := f.Call([]reflect.Value{reflect.ValueOf(40), reflect.ValueOf("x"), reflect.ValueOf("y")})
	fmt.Println(len(out), out[0].Int(), out[1].String())
	fmt.Println(v, reflect.ValueOf(p.A), reflect.Value{}.IsValid(), reflect.ValueOf(3).String(), reflect.Value{}.String())
	fmt.Printf("%T %v %d\n", v, reflect.ValueOf([]int{1, 2}), reflect.ValueOf(42))
}
