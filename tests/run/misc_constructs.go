// Constructs of go1.19 that minigo once refused: f(g()) into a variadic
// f, defer of close and delete, the address of a parenthesized
// composite literal, %T of byte and rune types.
package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func sum(prefix string, xs ...int) string {
	t := 0
	for _, x := range xs {
		t += x
	}
	return fmt.Sprint(prefix, t)
}

func three() (string, int, int) { return "sum=", 3, 4 }

type B []byte

func main() {
	fmt.Println(divmod(7, 2))
	fmt.Println(sum(three()))
	ch := make(chan int, 1)
	m := map[string]int{"a": 1, "b": 2}
	func() {
		defer close(ch)
		defer delete(m, "a")
	}()
	_, ok := <-ch
	fmt.Println(ok, len(m))
	p := &([]string{"a", "b"})
	q := &(map[string]int{"x": 1})
	fmt.Println(len(*p), len(*q))
	fmt.Printf("%T %T %#v %T %T\n", []byte("x"), 'a', []byte("x"), B("y"), map[rune]byte{})
	var x interface{} = []byte("z")
	_, isU8 := x.([]uint8)
	fmt.Println(isU8)
}
