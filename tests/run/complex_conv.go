// Complex values everywhere a value can be: variables, fields, array,
// slice and map elements, parameters and results, closures, channels,
// interfaces; conversions between complex64 and complex128 and from
// constants; the built-ins complex, real and imag.
package main

import "fmt"

type Point struct {
	Name string
	Z    complex128
	W    [2]complex64
}

type Shape interface{ Area() complex128 }

type Sq complex128

func (s Sq) Area() complex128 { return complex128(s * s) }

//go:noinline
func swap(a complex64, b complex128) (complex128, complex64) {
	return complex128(a), complex64(b)
}

//go:noinline
func parts(c complex128) (float64, float64) { return real(c), imag(c) }

func sum(cs ...complex64) (s complex64) {
	for _, c := range cs {
		s += c
	}
	return
}

const big = 1 << 100

func main() {
	var c128 complex128 = 1e300 + 1e-300i
	c64 := complex64(c128)
	fmt.Println(c64, complex128(c64), complex64(1.00000001+3i))
	fmt.Println(complex128(complex64(0.1+0.2i)) == 0.1+0.2i)

	x, y := swap(1.5+2i, 3-4i)
	fmt.Println(x, y)
	r, i := parts(x)
	fmt.Println(r, i, real(y), imag(y))
	var f32 float32 = 1.25
	fmt.Println(complex(f32, -f32), complex(float64(f32), 7), real(complex64(3i)), imag(c64))
	fmt.Printf("%T %T %T\n", complex(f32, f32), real(c64), imag(1i))

	const k = (3 + 4i) * (3 - 4i) / big * big
	fmt.Println(k, real(k), imag(k), int(real(k)))
	var fromConst complex64 = 2
	var fromFloat complex128 = 0.5
	fmt.Println(fromConst, fromFloat, complex128(k))

	p := Point{"p", 1 + 1i, [2]complex64{2, 3i}}
	q := &p
	q.Z *= 2i
	q.W[1] += 1
	fmt.Println(p, p.Z, p.W[1], p == Point{"p", -2 + 2i, [2]complex64{2, 1 + 3i}})

	s := make([]complex128, 3)
	for i := range s {
		s[i] = complex(float64(i), -float64(i))
	}
	s = append(s, 9i)
	fmt.Println(s, len(s), sum(1, 2i, 3), sum())

	arr := [3]complex64{1, 2, 3}
	arr2 := arr
	arr2[0] = 1i
	fmt.Println(arr, arr2, arr == arr2)

	acc := 0i
	add := func(c complex128) { acc += c }
	add(1)
	add(2i)
	fmt.Println(acc)

	ch := make(chan complex64, 2)
	ch <- 1 + 1i
	ch <- complex64(2 * c64)
	fmt.Println(<-ch, <-ch)

	var sh Shape = Sq(1 + 1i)
	fmt.Println(sh.Area())
	var e interface{} = complex64(3)
	if v, ok := e.(complex64); ok {
		fmt.Println("complex64", v*v)
	}
	if _, ok := e.(complex128); !ok {
		fmt.Println("not complex128")
	}
	fmt.Println(e == complex64(3), e == 3+0i, e == interface{}(complex64(3)))

	var pz *complex128 = new(complex128)
	*pz = 5 - 5i
	fmt.Println(*pz, real(*pz))

	switch c := 2 + 0i; c {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
	}
}
