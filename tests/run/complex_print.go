// Printing complex numbers: fmt's verbs and the built-in println.
package main

import (
	"fmt"
	"math"
)

type Z complex64

type S struct {
	A complex64
	B complex128
	C []complex128
}

func main() {
	c := 1 + 2i
	var d complex64 = -3.25 - 0.5i
	fmt.Println(c, d, Z(d), complex(0, 0), -c)
	fmt.Print(c, d, "\n")
	fmt.Printf("%v|%g|%e|%E|%f|%F|%.2f|%.3e|%8.2f|%-8.1f|%+v|%+.1f\n", c, c, c, c, c, c, d, d, d, d, c, d)
	fmt.Printf("%x|%X|%b|%G\n", c, d, complex64(1+1i), 1e21+1e-7i)
	fmt.Printf("%d|%s|%q\n", c, c, d)
	fmt.Printf("%v %v\n", S{1i, 2, []complex128{3, 4i}}, &S{})
	fmt.Printf("%+v %#v\n", S{A: 1}, S{A: 1, B: -1i})
	fmt.Printf("%T %T %T\n", c, d, Z(0))
	inf, nan := math.Inf(1), math.NaN()
	fmt.Println(complex(inf, -inf), complex(nan, nan), complex(math.Copysign(0, -1), 0))
	fmt.Println(complex64(complex(1e38, 1e-38)), complex(1e300, 1.0/3))
	fmt.Println(fmt.Sprint(c), fmt.Sprintf("%6.1f", d), fmt.Sprintf("%v", []interface{}{c, d, Z(1)}))
	m := map[string]complex128{"a": 1}
	fmt.Println(m)
	var i interface{} = c
	switch v := i.(type) {
	case complex64:
		fmt.Println("complex64", v)
	case complex128:
		fmt.Println("complex128", v)
	}

	println(c, d)
	println(complex(inf, nan), complex(0, -1), Z(1))
	print(c, "\n")
	var e complex128
	println(e, -e)
}
