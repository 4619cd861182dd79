package main

import "fmt"

type K struct {
	a int
	s string
}

type V struct {
	x, y int
}

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] = 2
	m["a"] += 10
	m["c"]++
	fmt.Println(len(m), m["a"], m["b"], m["c"], m["zz"])
	v, ok := m["b"]
	fmt.Println(v, ok)
	v, ok = m["q"]
	fmt.Println(v, ok)
	delete(m, "b")
	_, ok = m["b"]
	fmt.Println(len(m), ok)
	sum := 0
	keys := 0
	for k, v := range m {
		sum += v
		keys += len(k)
	}
	fmt.Println(sum, keys)

	big := map[int]int{}
	for i := 0; i < 100000; i++ {
		big[i*7] = i
	}
	for i := 0; i < 100000; i += 2 {
		delete(big, i*7)
	}
	t := 0
	for _, v := range big {
		t += v
	}
	fmt.Println(len(big), t, big[7], big[14])

	sk := map[K]V{{1, "x"}: {1, 2}, {2, "y"}: {3, 4}}
	fmt.Println(sk[K{1, "x"}], sk[K{2, "y"}].y, len(sk))
	ik := map[interface{}]string{1: "one", "two": "2", K{3, "z"}: "k"}
	fmt.Println(ik[1], ik["two"], ik[K{3, "z"}], ik[2] == "")
	var nm map[string]int
	fmt.Println(nm["x"], len(nm))
	cnt := 0
	for range nm {
		cnt++
	}
	fmt.Println(cnt)
	// delete during iteration
	d := map[int]bool{}
	for i := 0; i < 50; i++ {
		d[i] = true
	}
	seen := 0
	for k := range d {
		seen++
		delete(d, k^1)
	}
	fmt.Println(seen, len(d))
	// grow during iteration
	g := map[int]int{0: 0}
	n := 0
	for k := range g {
		n++
		if k < 1000 {
			g[k+1000] = 1
			g[k+1] = 1
		}
	}
	fmt.Println(n <= len(g), len(g) > 1)
	mm := map[string][]int{}
	mm["a"] = append(mm["a"], 1, 2)
	mm["a"] = append(mm["a"], 3)
	fmt.Println(mm["a"], len(mm["b"]))
	nm["x"] = 1
}
