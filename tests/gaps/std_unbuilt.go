// A program go1.19 builds whose std calls minigo analyses from go1.19's
// source (its -m lines are go's) but cannot build yet: time.ParseDuration,
// math.Pow10 and time.Time.UTC have no body in minigo's runtime.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"time"
)

type point struct{ x, y int }

func describe(n int) string {
	return "n=" + strconv.Itoa(n)
}

func main() {
	os.Setenv("GREETING", "hi")
	d, _ := time.ParseDuration("1h30m")
	p := &point{1, 2}
	fmt.Println(describe(p.x), math.Pow10(2), d.Minutes(), time.Unix(0, 0).UTC().Year())
}
