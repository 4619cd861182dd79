package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Now()
	d := time.Since(t)
	fmt.Println(d >= 0, time.Duration(1500)*time.Millisecond, time.Duration(0), 90*time.Minute+3*time.Second, time.Duration(1234), time.Duration(-2500)*time.Microsecond)
	fmt.Println((2 * time.Second).String(), (36 * time.Hour).Milliseconds(), t.Unix() > 1600000000, t.Before(t.Add(1)))
	time.Sleep(time.Millisecond)
}
