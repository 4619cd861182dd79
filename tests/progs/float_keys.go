// Floats as map keys and inside compared structs: NaN is never equal to
// itself (each NaN key is an entry of its own), -0 == +0.
package main

import "fmt"

type P struct {
	x float64
	s string
}

func main() {
	zero := 0.0
	nan := zero / zero
	fm := map[float64]int{}
	fm[nan] = 1
	fm[nan] = 2
	fm[zero] = 3
	fm[-zero] = 4
	_, found := fm[nan]
	fmt.Println(len(fm), fm[0], found)
	n := 0
	for k, v := range fm {
		if k != k {
			n += v
		}
	}
	fmt.Println(n)
	delete(fm, nan)
	fmt.Println(len(fm))
	p1, p2 := P{nan, "a"}, P{nan, "a"}
	fmt.Println(p1 == p2, P{1.5, "a"} == P{1.5, "a"})
	var i1, i2 interface{} = nan, nan
	fmt.Println(i1 == i2, i1 != i2)
	pm := map[P]int{}
	pm[p1] = 1
	pm[p1] = 2
	pm[P{-zero, "b"}] = 5
	fmt.Println(len(pm), pm[P{0, "b"}])
	am := map[[2]float64]bool{{1, 2}: true}
	fmt.Println(am[[2]float64{1, 2}], am[[2]float64{2, 1}])
}
