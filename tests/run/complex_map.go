// Complex numbers as map keys: equality and hashing with Go's rules
// (+0 and -0 are one key, every NaN is a new key), in structs, arrays and
// interfaces.
package main

import (
	"fmt"
	"math"
	"sort"
)

type K struct {
	c complex64
	s string
}

func main() {
	negz := math.Copysign(0, -1)
	m := map[complex128]int{}
	m[0]++
	m[complex(negz, 0)]++
	m[complex(0, negz)]++
	m[complex(negz, negz)]++
	m[1+1i] = 10
	fmt.Println(len(m), m[0], m[1+1i], m[2i])

	nan := math.NaN()
	m[complex(nan, 0)] = 1
	m[complex(nan, 0)] = 2
	m[complex(0, nan)] = 3
	fmt.Println(len(m))
	_, ok := m[complex(nan, 0)]
	fmt.Println(ok)
	sum := 0
	for k, v := range m {
		if k != k {
			sum += v
		}
	}
	fmt.Println("NaN values", sum)
	delete(m, complex(nan, 0))
	fmt.Println(len(m))

	m64 := map[complex64]string{1: "one", 1i: "i", -1: "minus one"}
	keys := []string{}
	for k, v := range m64 {
		keys = append(keys, fmt.Sprint(k, "=", v))
	}
	sort.Strings(keys)
	fmt.Println(keys, m64[complex64(complex(negz, 1))])

	ms := map[K]int{{1 + 2i, "a"}: 1}
	ms[K{complex(1, 2), "a"}]++
	ms[K{complex(1, 2), "b"}]++
	fmt.Println(len(ms), ms[K{1 + 2i, "a"}])

	ma := map[[2]complex128]bool{{1, 2}: true}
	fmt.Println(ma[[2]complex128{1, 2}], ma[[2]complex128{2, 1}])

	mi := map[interface{}]int{}
	mi[1+0i] = 1
	mi[complex64(1)] = 2
	mi[1.0] = 3
	mi[complex(negz, 0)] = 4
	mi[complex128(0)] += 10
	fmt.Println(len(mi), mi[1+0i], mi[complex64(1)], mi[complex128(0)])
}
