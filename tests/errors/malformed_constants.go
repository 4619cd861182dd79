package main

func main() {
	_ = 6e886451608 / 2
	_ = 6e886451608i / 2
	_ = 0 * 1e+1000000000
	_ = 1e-1000000000
	const x = 1e600000000
	println(x > 1)
	_ = 0x1p2147483648
}
