package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "hello %d\n", 42)
	w.WriteString("line two\n")
	w.WriteByte('x')
	w.WriteRune('é')
	w.WriteByte('\n')
	w.Flush()
	sc := bufio.NewScanner(strings.NewReader("alpha beta\ngamma\r\n\ndelta"))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d:%q\n", n, sc.Text())
	}
	fmt.Println(sc.Err())
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		fmt.Println("stdin:", in.Text())
	}
	r := bufio.NewReader(strings.NewReader("one\ntwo"))
	s1, e1 := r.ReadString('\n')
	s2, e2 := r.ReadString('\n')
	fmt.Printf("%q %v %q %v\n", s1, e1, s2, e2)
	big := bufio.NewWriterSize(os.Stdout, 16)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(big, "chunk-%d;", i)
	}
	big.Flush()
	fmt.Println()
	lost := bufio.NewWriter(os.Stdout)
	lost.WriteString("never flushed\n")
}
