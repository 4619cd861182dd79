// strconv.FormatComplex as go1.19's: each part as FormatFloat at half the
// size, the imaginary part always signed; a bad bitSize panics.
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
	defer func() { fmt.Println(recover()) }()
	fmt.Println(strconv.FormatComplex(1, 'f', 1, 32))
}
