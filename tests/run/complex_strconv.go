// strconv.FormatComplex as go1.19's: each part as FormatFloat at half the
// size, the imaginary part always signed; a bad bitSize panics.  fmt's
// Sscan and Sscanf of complex numbers.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatComplex(1+2i, 'f', 2, 128), strconv.FormatComplex(-1.5-0.25i, 'g', -1, 64))
	fmt.Println(strconv.FormatComplex(complex(math.NaN(), math.Inf(1)), 'e', 3, 128))
	fmt.Println(strconv.FormatComplex(complex(0, math.Copysign(0, -1)), 'b', -1, 128))
	fmt.Println(strconv.FormatComplex(complex(1.0/3, 2.0/3), 'g', -1, 64))

	var c complex128
	var d complex64
	n, err := fmt.Sscan("(1+2i)", &c)
	fmt.Println(n, err, c)
	n, err = fmt.Sscanf("3-4.5e-1i", "%v", &d)
	fmt.Println(n, err, d)
	n, err = fmt.Sscan("-1e+2+0x1p-2i 7", &c, &d)
	fmt.Println(n, err, c, d)
	n, err = fmt.Sscan("1.5", &c)
	fmt.Println(n, err, c)

	defer func() { fmt.Println(recover()) }()
	fmt.Println(strconv.FormatComplex(1, 'f', 1, 32))
}
