// Maps of maps, op= on map elements, nil maps, bool and interface keys
// (nil among them), m[k].f and m[k].a[i], deleting while ranging; switch
// on an interface value; comma-ok assertions.
package main

import "fmt"

type S struct {
	a [3]int
	f string
}

func kind(x interface{}) string {
	switch x {
	case 1:
		return "one"
	case "a":
		return "a"
	case nil:
		return "nil"
	}
	return "?"
}

func main() {
	fmt.Println(kind(1), kind("a"), kind(nil), kind(2.5), kind(int8(1)))
	mm := map[string]map[string]int{}
	mm["x"] = map[string]int{}
	mm["x"]["y"] = 3
	mm["x"]["y"] *= 5
	fmt.Println(mm["x"]["y"], len(mm["z"]))
	var nm map[int]bool
	delete(nm, 3)
	fmt.Println(len(nm), nm[3])
	bm := map[bool]int8{true: 1}
	bm[false] -= 2
	fmt.Println(bm[true], bm[false])
	sm := map[int]S{1: {[3]int{4, 5, 6}, "q"}}
	fmt.Println(sm[1].a[2], sm[1].f, sm[2].f == "")
	im := map[interface{}]int{nil: 1}
	im[nil]++
	var e error
	im[e] += 10
	fmt.Println(im[nil], len(im))
	cnt := 0
	for k := range sm {
		cnt += k
		break
	}
	fmt.Println(cnt)
	big := map[int]string{}
	for i := 0; i < 1000; i++ {
		big[i] = "" + string(rune('a'+i%26))
	}
	n := 0
	for k, v := range big {
		if string(rune('a'+k%26)) != v {
			fmt.Println("bad", k, v)
		}
		delete(big, k)
		n++
	}
	fmt.Println(n, len(big))
	var i8 interface{} = int8(3)
	v, ok := i8.(int)
	fmt.Println(v, ok)
	w, ok2 := i8.(int8)
	fmt.Println(w, ok2)
}
