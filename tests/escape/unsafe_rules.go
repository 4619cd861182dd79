// Go's unsafe.Pointer rules as escape analysis sees them: uintptr
// arithmetic converted back, reflect header Data fields.
package p

import (
	"reflect"
	"unsafe"
)

func arith() unsafe.Pointer {
	var x [4]byte
	return unsafe.Pointer(uintptr(unsafe.Pointer(&x[0])) + 2)
}

func shifted() unsafe.Pointer {
	var x [4]byte
	return unsafe.Pointer((uintptr(unsafe.Pointer(&x[0])) >> 1) << 1)
}

func lost() unsafe.Pointer {
	var x [4]byte
	u := uintptr(unsafe.Pointer(&x[0]))
	return unsafe.Pointer(u)
}

func fromData(s []int) unsafe.Pointer {
	return unsafe.Pointer((*reflect.SliceHeader)(unsafe.Pointer(&s)).Data)
}

func toData(s *[]int, p unsafe.Pointer) {
	(*reflect.SliceHeader)(unsafe.Pointer(s)).Data = uintptr(p)
}

func deadcode(x, y int) *int {
	var p *int
	if false {
		p = &x
	} else {
		p = &y
	}
	if true {
		return p
	}
	z := 0
	return &z
}

func tuple(a, b *int) (*int, *int) {
	return b, a
}

func callsTuple(p *int) *int {
	q, _ := tuple(p, nil)
	return q
}

func multi(p *int) (*int, *int) {
	return tuple(p, p)
}
