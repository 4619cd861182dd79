package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello ")
	fmt.Fprintf(&b, "%d-%s", 7, "x")
	b.WriteByte('!')
	b.WriteRune('é')
	fmt.Println(b.String(), b.Len(), b.Cap())
	fmt.Println(&b)
	line, err := b.ReadString(' ')
	fmt.Printf("%q %v %q\n", line, err, b.String())
	nb := bytes.NewBufferString("a\nb\nc")
	sc := bufio.NewScanner(nb)
	for sc.Scan() {
		fmt.Print(sc.Text(), ";")
	}
	fmt.Println()
	var big bytes.Buffer
	for i := 0; i < 100; i++ {
		big.WriteString("0123456789")
	}
	fmt.Println(big.Len(), big.Cap())
	big.WriteTo(os.Stdout)
	fmt.Println()
}
