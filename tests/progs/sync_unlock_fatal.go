// Unlocking an unlocked sync.Mutex is a fatal error in go1.19, not a
// panic: deferred calls do not run, recover cannot stop it, and every
// goroutine is listed.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	defer func() { fmt.Println("recovered?", recover() != nil) }()
	go func() { select {} }()
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocked once")
	mu.Unlock()
}
