// A string concatenation is gc's OADDSTR, which has no precedence: as an
// operand of a comparison it is printed in parentheses.
package main

import (
	"fmt"
	"strings"
)

func same(a, b, c string) bool {
	return a+b == c
}

func main() {
	s := strings.Repeat("x", 2)
	fmt.Println(s+"y" == "xxy", strings.ToUpper(s)+s != s+s, same(s, "", s))
}
