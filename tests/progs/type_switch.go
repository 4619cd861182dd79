package main

import "fmt"

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ w, h int }

func (r Rect) Area() int      { return r.w * r.h }
func (r Rect) Name() string   { return "rect" }

type Sq struct{ s int }

func (q *Sq) Area() int    { return q.s * q.s }
func (q *Sq) Name() string { return "square" }

type Named struct {
	Rect
	label string
}

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "id" }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		if v > 10 {
			return "big int"
		}
		return "int"
	case string, bool:
		_ = v
		return "string or bool"
	case Stringer:
		return "stringer " + v.String()
	case Shape:
		return "shape " + v.Name()
	default:
		return "other"
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Sq{4}, Named{Rect{1, 5}, "n"}, &Named{Rect{7, 1}, "p"}}
	total := 0
	for i := 0; i < len(shapes); i++ {
		total += shapes[i].Area()
		fmt.Println(shapes[i].Name(), shapes[i].Area())
	}
	fmt.Println(total)
	var e interface{} = 42
	n, ok := e.(int)
	fmt.Println(n, ok)
	s, ok2 := e.(string)
	fmt.Println(s, ok2)
	fmt.Println(describe(nil), describe(3), describe(30), describe("x"), describe(true), describe(ID(3)), describe(Rect{}), describe([]int{}))
	var a, b interface{} = 1, 1
	fmt.Println(a == b, a != b)
	b = "1"
	fmt.Println(a == b)
	fmt.Println(e == 42, e == 43)
	type P struct{ x, y int; s string }
	p1, p2 := P{1, 2, "a"}, P{1, 2, "a"}
	fmt.Println(p1 == p2)
	p2.s = "b"
	fmt.Println(p1 == p2)
	sh, ok3 := e.(Shape)
	fmt.Println(sh == nil, ok3)
	var st Stringer = ID(1)
	fmt.Println(st.String())
	x := e.(string)
	fmt.Println(x)
}
