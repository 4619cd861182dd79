package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Intn(100), rand.Intn(1000000), rand.Int63(), rand.Int31(), rand.Uint32(), rand.Float64())
	fmt.Println(rand.Perm(10), rand.Int63n(1<<40+7), rand.Int31n(1000), rand.Uint64(), rand.Float32(), rand.Int())
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8}
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)
	rand.Seed(42)
	fmt.Println(rand.Intn(10), rand.Intn(10), rand.Intn(10), rand.Float64())
	rand.Seed(-5)
	fmt.Println(rand.Int63())
	sum := 0
	for i := 0; i < 100000; i++ {
		sum += rand.Intn(1000)
	}
	fmt.Println(sum)
}
