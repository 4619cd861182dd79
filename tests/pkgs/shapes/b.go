package main

import "./geo"

var sink interface{}

func main() {
	r := geo.NewRect(2, 3)
	println(r.Area())

	s := geo.AsShape(4)
	println(s.String())

	x := 1
	geo.Keep(&x)

	y := 2
	q := geo.Pass(&y)
	println(*q)

	z := 3
	sink = geo.Pass(&z)

	println(geo.Check(5))
	println(geo.Sum(1, 2, 3))
}
