// sync.Once runs an initialiser exactly once, however many goroutines ask
// for it. The Config it builds is stored in a package-level pointer, and
// a value reachable from a global lives on the heap. Once.Do's function
// argument does not escape: a function literal passed to Do, capturing a
// local by reference, can stay on the stack (and so can the local).
package main

import (
	"fmt"
	"sync"
)

type Config struct {
	Name   string
	Limits []int
}

var (
	once  sync.Once
	cfg   *Config
	inits int
)

func loadConfig() {
	inits++
	cfg = &Config{Name: "default", Limits: []int{1, 2, 3}}
}

func getConfig() *Config {
	once.Do(loadConfig)
	return cfg
}

func main() {
	results := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func(id int) {
			c := getConfig()
			results <- id*10 + len(c.Limits)
		}(i)
	}
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-results
	}
	fmt.Println("sum:", sum, "inits:", inits, "name:", getConfig().Name)

	var local sync.Once
	msg := "unset"
	for i := 0; i < 3; i++ {
		local.Do(func() { msg = fmt.Sprint("set by call ", i) })
	}
	fmt.Println(msg)
}
