// Complex arithmetic as go1.19 computes it: + - * / of complex64 and
// complex128 (complex64 products computed in float64, division by the
// runtime's complex128div), unary minus, == and !=, division by zero,
// infinities and NaNs.
package main

import (
	"fmt"
	"math"
)

type C complex128

//go:noinline
func div128(a, b complex128) complex128 { return a / b }

//go:noinline
func div64(a, b complex64) complex64 { return a / b }

//go:noinline
func mul64(a, b complex64) complex64 { return a * b }

//go:noinline
func neg(a complex128) complex128 { return -a }

func bits(c complex128) string {
	return fmt.Sprintf("%016x %016x", math.Float64bits(real(c)), math.Float64bits(imag(c)))
}

func main() {
	a, b := complex(1.5, -2), 3+4i
	fmt.Println(a+b, a-b, a*b, a/b, -a, a == b, a != b)
	a += 1i
	a *= 2
	a -= b
	a /= 1 - 1i
	fmt.Println(a)

	var x, y complex64 = 1.1 + 2.2i, 3.3 - 4.4i
	fmt.Println(x+y, x-y, x*y, x/y, -x, x == y)
	fmt.Println(mul64(1e20+1e20i, 1e20-1e20i), mul64(16777217, 1+1i))
	fmt.Println(mul64(1.0000001+3i, 1.0000001-3i))

	inf, nan := math.Inf(1), math.NaN()
	zero := complex(0, 0)
	fmt.Println(div128(1, zero), div128(-1, zero), div128(1i, zero), div128(zero, zero))
	fmt.Println(div128(complex(inf, 1), 2+3i), div128(complex(1, inf), 2+3i))
	fmt.Println(div128(2+3i, complex(inf, 1)), div128(2+3i, complex(1, -inf)))
	fmt.Println(div128(complex(nan, 1), 1), div128(1, complex(nan, 0)), div128(complex(inf, inf), complex(inf, inf)))
	fmt.Println(div128(1+1i, complex(0, math.Copysign(0, -1))), div128(1+1i, complex(math.Copysign(0, -1), 0)))
	fmt.Println(div64(1, 0), div64(1e-45+1e-45i, 3e38+3e38i), div64(3e38+3e38i, 1e-38+1e-38i))
	fmt.Println(div128(1e308+1e308i, 1e-308+1e-308i), div128(1e-308, 1e308+1e308i))
	fmt.Println(bits(div128(1+2i, 3+4i)), bits(div128(7-5i, -1e-3+2i)))

	fmt.Println(bits(neg(0)), bits(-complex(0, math.Copysign(0, -1))))
	var n complex128 = complex(nan, 0)
	fmt.Println(n == n, n != n, zero == complex(math.Copysign(0, -1), 0))

	var c C = 2 + 2i
	c = c * c / (1 + 1i)
	fmt.Println(c, C(3) == 3+0i)
	fmt.Printf("%T %v\n", c, c)

	// loops accumulate as go does
	p := complex64(1)
	q := complex128(1)
	for i := 0; i < 20; i++ {
		p = p*(0.9+0.3i) + 0.01
		q = q*(0.9+0.3i) + 0.01
	}
	fmt.Println(p, q)
}
