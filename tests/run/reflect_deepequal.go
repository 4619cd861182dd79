package main

import (
	"fmt"
	"reflect"
)

type Node struct {
	Val  int
	Next *Node
	Kids []*Node
	Meta map[string]interface{}
}

type Pair struct {
	A, B interface{}
}

func main() {
	a := &Node{Val: 1, Kids: []*Node{{Val: 2}}, Meta: map[string]interface{}{"x": []int{1}}}
	b := &Node{Val: 1, Kids: []*Node{{Val: 2}}, Meta: map[string]interface{}{"x": []int{1}}}
	fmt.Println(reflect.DeepEqual(a, b), a == b)
	b.Meta["x"] = []int{2}
	fmt.Println(reflect.DeepEqual(a, b))
	// cycles
	c1 := &Node{Val: 1}
	c1.Next = c1
	c2 := &Node{Val: 1}
	c2.Next = c2
	fmt.Println(reflect.DeepEqual(c1, c2))
	fmt.Println(reflect.DeepEqual([]int{}, []int(nil)), reflect.DeepEqual([]int(nil), []int(nil)))
	fmt.Println(reflect.DeepEqual(map[int]string{1: "a"}, map[int]string{1: "a"}), reflect.DeepEqual(map[int]string{1: "a"}, map[int]string{1: "b"}))
	fmt.Println(reflect.DeepEqual(map[int]string{}, map[int]string(nil)))
	fmt.Println(reflect.DeepEqual(1, int64(1)), reflect.DeepEqual(nil, nil), reflect.DeepEqual(nil, 0))
	fmt.Println(reflect.DeepEqual(Pair{1, "x"}, Pair{1, "x"}), reflect.DeepEqual(Pair{1, "x"}, Pair{1, 2}))
	fmt.Println(reflect.DeepEqual([3]float64{1, 2, 3}, [3]float64{1, 2, 3}))
	var f func()
	fmt.Println(reflect.DeepEqual(f, f), reflect.DeepEqual(main, main))
	s := []int{1, 2}
	fmt.Println(reflect.DeepEqual(s, s[:2]), reflect.DeepEqual(s, s[:1]))
	var e1, e2 error
	fmt.Println(reflect.DeepEqual(e1, e2), reflect.DeepEqual(&e1, &e2))
	fmt.Println(reflect.DeepEqual("a"+"b", "ab"), reflect.DeepEqual([]interface{}{1, "a", nil}, []interface{}{1, "a", nil}))
}
