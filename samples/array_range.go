package main

// Range over arrays (the array is copied before the loop), pointers to
// arrays (not copied), and slice expressions of every form.

type Grid [3][2]int

func sum(g Grid) int {
	t := 0
	for _, row := range g {
		for _, v := range row {
			t += v
		}
	}
	return t
}

func main() {
	a := [4]int{1, 2, 3, 4}
	for i, v := range a {
		a[3] = 100
		print(i, "=", v, " ")
	}
	println(a[3])
	p := &a
	for i, v := range p {
		p[3] = 200
		print(i, "=", v, " ")
	}
	println()
	for i := range a {
		a[i] *= 2
	}
	println(a[0], a[1], a[2], a[3])
	g := Grid{{1, 2}, {3, 4}, {5, 6}}
	println(sum(g))
	s := a[1:3]
	println(len(s), cap(s), s[0], s[1])
	s2 := a[1:2:3]
	println(len(s2), cap(s2))
	s3 := s[:cap(s)]
	println(len(s3), s3[2])
	t := p[:0]
	println(len(t), cap(t))
	var words [3]string
	words[1] = "b"
	for i, w := range words {
		print(i, "[", w, "] ")
	}
	println()
	u := s2[0:2]
	println(u[1])
	j := 5
	println("now out of range")
	println(len(s[1:j]))
}
