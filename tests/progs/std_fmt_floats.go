package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type pair struct {
	name string
	v    float64
}

func main() {
	fmt.Println(1.0, 1e6, 1e21, 123456.789, 0.000012, math.Pi, float32(0.1), math.Inf(1), -math.MaxFloat64)
	fmt.Printf("%.3f %8.2e %g %G %v %x\n", math.E, 12345.678, 1e-7, 1e300, 2.5e-5, 3.0)
	fmt.Println(math.Sqrt(2), math.Pow(2, 0.5), math.Floor(-2.5), math.Ceil(2.1), math.Abs(-3), math.Mod(7, 3), math.Max(1, math.NaN()), math.Trunc(-2.7))
	fmt.Println(strconv.FormatFloat(1.5, 'f', 3, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'e', -1, 32))
	f, err := strconv.ParseFloat("3.25e2", 64)
	fmt.Println(f, err)
	_, err = strconv.ParseFloat("abc", 64)
	fmt.Println(err)
	fmt.Println(Celsius(21.55), []Celsius{1, 2.25})
	m := map[string]int{"zeta": 26, "alpha": 1, "mid": 13}
	fmt.Println(m, len(m))
	fmt.Printf("%v %+v\n", map[int]string{3: "c", 1: "a"}, map[string][]int{"b": {2}, "a": {1}})
	ps := []pair{{"x", 2.5}, {"y", 1.5}, {"z", 2.5}, {"w", 0.5}}
	sort.Slice(ps, func(i, j int) bool { return ps[i].v < ps[j].v })
	fmt.Println(ps)
	fs := []float64{3.5, -1, 2.25, math.Inf(-1)}
	sort.Float64s(fs)
	fmt.Println(fs, strings.Repeat("=", 5))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d:%.2f]", i, float64(i)/3)
	}
	fmt.Println(sb.String())
	var e error = fmt.Errorf("bad value %v", 2.5)
	fmt.Printf("%v|%s|%q\n", e, e, e)
	fmt.Printf("%6.2f|%-8.3v|%+.1e|% f\n", 3.14159, 2.0/3, 123456.0, 1.0)
	fmt.Printf("%T %T %T\n", 1.5, float32(1), Celsius(1))
}
