// Everyday standard-library calls under plain -m: gc inlines many of
// them (errors.New, strings.NewReader, strings.Builder's methods,
// bufio.NewWriter, sort.Ints...) and minigo expands their go1.19 bodies
// the same way, so the verdicts on their allocations are the caller's.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)



func main() {
	err := errors.New("boom")
	fmt.Println(err)
	r := strings.NewReader("abc")
	fmt.Println(r.Len())
	var sb strings.Builder
	sb.WriteString("x")
	sb.WriteByte('y')
	fmt.Println(sb.String(), sb.Len())
	b := bytes.NewBufferString("hi")
	fmt.Println(b.String())
	br := strings.NewReader("q")
	fmt.Println(br.Len())
	xs := []int{3, 1, 2}
	sort.Ints(xs)
	ss := []string{"b", "a"}
	sort.Strings(ss)
	fmt.Println(xs, ss)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "x")
	w.Flush()
	sc := bufio.NewScanner(strings.NewReader("a\nb"))
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Println(strconv.Itoa(5), strconv.Itoa(7), utf8.RuneLen('x'))
	fmt.Println(strings.Contains("abc", "b"), strings.HasPrefix("abc", "a"))
	e2 := fmt.Errorf("w: %w", err)
	fmt.Println(errors.Is(e2, err))
	s := fmt.Sprint(1, "a")
	fmt.Println(s)
}
