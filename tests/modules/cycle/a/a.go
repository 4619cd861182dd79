package a

import "example.com/cyc/b"

func A() int { return b.B() }
