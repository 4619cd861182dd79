package b

import "example.com/cyc/a"

func B() int { return a.A() }
