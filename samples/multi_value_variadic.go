// f(g()) where f is variadic: g's results go to temporaries (.autotmp_N),
// the ones past f's fixed parameters into its ... array, converted there.
package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func pair() (string, *int) { x := 1; return "a", &x }

func pairErr() (string, error) { return "b", nil }

func vf(prefix string, xs ...int) int { return len(prefix) + len(xs) }

func two() (string, int) { return "p", 3 }

func three() (string, int, int) { return "p", 3, 4 }

func main() {
	fmt.Println(divmod(7, 2))
	s, p := pair()
	fmt.Println(s, *p)
	fmt.Println(pairErr())
	println(vf(two()), vf(three()))
}
