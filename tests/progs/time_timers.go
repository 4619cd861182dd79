// time's timers with one P: Stop and Reset report whether the timer was
// armed; a fired Timer's value waits in C (a buffer of one); AfterFunc's
// f runs in a goroutine of its own; a Ticker's channel keeps one tick and
// drops the rest while nobody reads; time.After in a select.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println(t.Stop(), t.Stop())
	fmt.Println(t.Reset(time.Millisecond), t.Reset(2*time.Millisecond))
	<-t.C
	fmt.Println("fired", t.Stop(), t.Reset(time.Millisecond))
	time.Sleep(5 * time.Millisecond)
	fmt.Println(len(t.C), cap(t.C), t.Stop())
	v := <-t.C
	fmt.Println("value is recent:", time.Since(v) < time.Second)

	done := make(chan bool)
	at := time.AfterFunc(time.Millisecond, func() {
		fmt.Println("afterfunc", runtime.NumGoroutine())
		done <- true
	})
	<-done
	fmt.Println(at.Stop())
	at2 := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println(at2.Stop())

	tk := time.NewTicker(2 * time.Millisecond)
	time.Sleep(15 * time.Millisecond)
	fmt.Println(len(tk.C), cap(tk.C))
	<-tk.C
	<-tk.C
	tk.Stop()
	time.Sleep(5 * time.Millisecond)
	fmt.Println(len(tk.C))
	tk.Reset(time.Millisecond)
	<-tk.C
	tk.Stop()
	fmt.Println(time.Tick(0) == nil, time.Tick(-1) == nil)

	timeout := time.After(20 * time.Millisecond)
	tick := time.Tick(time.Millisecond)
	n := 0
loop:
	for {
		select {
		case <-tick:
			n++
		case <-timeout:
			break loop
		}
	}
	fmt.Println("ticks before the timeout:", n > 0)

	order := make(chan string, 3)
	for _, d := range []int{3, 1, 2} {
		d := d
		time.AfterFunc(time.Duration(d)*time.Millisecond, func() { order <- fmt.Sprint(d) })
	}
	fmt.Println(<-order, <-order, <-order)

	defer func() { fmt.Println(recover()) }()
	time.NewTicker(0)
}
