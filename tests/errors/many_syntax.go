package main

func main() {
	x := 1 +
}

func f() {
	y := )
}

func g() {
	z := ]
}
