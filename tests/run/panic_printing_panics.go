// A panic inside the Error method of a panic value, while go1.19 prints
// that value: "panic while printing panic value".
package main

type E struct{}

func (E) Error() string { panic("important error message") }

func main() {
	defer println("deferred calls run first")
	panic(E{})
}
