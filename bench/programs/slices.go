// Loops over slices: a sieve and prefix sums over a 10M-element slice,
// repeated.
package main

import "fmt"

func main() {
	const n = 10000000
	sieve := make([]bool, n)
	count := 0
	for i := 2; i < n; i++ {
		if !sieve[i] {
			count++
			for j := i * 2; j < n; j += i {
				sieve[j] = true
			}
		}
	}
	xs := make([]int, n)
	for i := range xs {
		xs[i] = i % 1000
	}
	sum := 0
	for r := 0; r < 10; r++ {
		for i := 1; i < len(xs); i++ {
			xs[i] = (xs[i] + xs[i-1]) & 0xffff
		}
		sum += xs[len(xs)-1]
	}
	fmt.Println(count, sum)
}
