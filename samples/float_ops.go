package main

// Floating point: constants, arithmetic, comparisons with NaN, negative
// zero, and conversions between floats and integers of every width.

type Celsius float64

func half(x float64) float64 { return x / 2 }

func avg(xs []float32) float32 {
	var sum float32
	for _, x := range xs {
		sum += x
	}
	return sum / float32(len(xs))
}

var zero float64

func main() {
	a, b := 1.5, -2.25
	println(a+b, a-b, a*b, a/b, half(a), -a)
	println(avg([]float32{1, 2, 3.5}))
	nan := zero / zero
	inf := 1 / zero
	println(nan == nan, nan != nan, nan < 1, nan >= 1, inf > 1e308, -inf < -1e308)
	println(zero == -zero, 1/-zero, inf, nan)
	var c Celsius = 36.6
	c = c*9/5 + 32
	println(c, c > 97, c <= 97.88)
	fs := []float64{0.5, -0.5, 2.9, -2.9, 1e10, 3e19, -1e30}
	for _, f := range fs {
		println(f, int(f), int8(f), uint8(f), int32(f), uint32(f), int64(f), uint64(f), float32(f))
	}
	us := []uint64{0, 1<<53 + 1, 1<<63 - 1, 1 << 63, 1<<64 - 1}
	for _, u := range us {
		println(u, float64(u), float32(u))
	}
	is := []int64{-1, -1 << 63, 1<<62 + 1, 255}
	for _, i := range is {
		println(i, float64(i), float32(i), int8(i), uint16(i), uint32(i), uint64(i))
	}
	var f32 float32 = 0.1
	println(f32+0.2, float64(f32), f32*f32, f32 == 0.1, float64(f32) == 0.1)
}
