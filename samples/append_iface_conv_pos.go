package main

import "fmt"

type R struct{ W, H float64 }

func main() {
	var out []interface{}
	x := 3
	for i := 1; i <= 3; i++ {
		out = append(out, R{float64(i), float64(i + 1)})
		out = append(out, R{float64(i), 2}, x)
		out = append(out, x, 1, "s")
		out = append(out, 1, x+1, "s", R{})
		out = append(out, R{W: float64(i)})
	}
	fmt.Println(len(out))
}
