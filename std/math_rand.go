// Package math/rand: the declarations minigo supports (see fmt.go for the
// pragma conventions).
package rand

//minigo:inline 61
func Seed(seed int64)

func Int() int

//minigo:inline 62
func Intn(n int) int

//minigo:inline 73
func Int31() int32

//minigo:inline 62
func Int31n(n int32) int32

//minigo:inline 66
func Int63() int64

//minigo:inline 62
func Int63n(n int64) int64

//minigo:inline 73
func Uint32() uint32

//minigo:inline 61
func Uint64() uint64

//minigo:inline 61
func Float32() float32

func Float64() float64

//minigo:inline 62
func Perm(n int) []int

//minigo:inline 62
//minigo:leaks swap
func Shuffle(n int, swap func(i, j int))
