// String building: appending to a byte slice, converting, concatenating.
package main

import (
	"fmt"
	"strings"
)

func main() {
	total := 0
	for r := 0; r < 200; r++ {
		var sb strings.Builder
		for i := 0; i < 20000; i++ {
			sb.WriteString("ab")
			sb.WriteByte(byte('0' + i%10))
		}
		s := sb.String()
		total += len(s) + strings.Count(s, "b0")
	}
	acc := ""
	for i := 0; i < 20000; i++ {
		acc += "x"
	}
	var buf []byte
	for i := 0; i < 5000000; i++ {
		buf = append(buf, byte('a'+i%26))
	}
	fmt.Println(total, len(acc), len(string(buf)))
}
