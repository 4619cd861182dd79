// gc's statement notation in the -m=3 walk: the statements of a nested
// block as gc's front end rewrote them (declarations, blank names, labels),
// a send's operands with OSEND's precedence, a called literal, an empty
// else; a declaration's line before the literals of its values.
package stmtnotation

var g int

func two() (int, int) { return 1, 2 }

func decls(c bool) {
	if c {
		const k = 1
		var y, z = 1, 2
		var p, q = two()
		var r, s int
		g = y + z + p + q + r + s + k
	L:
		for {
			break L
		}
	}
}

func sends(ch chan bool, a, b bool) {
	ch <- a && b
	ch <- a == b
	if a {
		ch <- a || b
	}
}

func literal(c bool) {
	func() { g = 1 }()
	if c {
		g = 2
	} else {
	}
}

func blanks(c bool) {
	var _ = g
	var _, q = two()
	const a, b = 1, 2
	g = q + a + b
	if c {
		var _ = g
		var _, q = two()
		var _ int
		g = q
	}
}

func literals() {
	var h = func() { g = 1 }
	var a, b = func() (int, int) { return g, g }()
	h()
	g = a + b
}
