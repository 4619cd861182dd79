// select with a default case never blocks: a send or receive that is not
// ready falls through to default. trySend and tryRecv are small enough
// to be inlined; the channel is only a pointer argument, and a pointer to
// the runtime's channel never makes anything escape. A "mailbox" keeps
// only the latest value: when the buffer is full, the old value is taken
// out first.
package main

import "fmt"

func trySend(ch chan<- int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch <-chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

type Mailbox struct {
	ch chan *string
}

func (m *Mailbox) Put(s string) {
	for {
		select {
		case m.ch <- &s:
			return
		default:
			select {
			case <-m.ch:
			default:
			}
		}
	}
}

func main() {
	ch := make(chan int, 2)
	for i := 1; i <= 3; i++ {
		fmt.Println("send", i, trySend(ch, i))
	}
	for i := 0; i < 3; i++ {
		v, ok := tryRecv(ch)
		fmt.Println("recv", v, ok)
	}

	m := Mailbox{ch: make(chan *string, 1)}
	m.Put("first")
	m.Put("second")
	m.Put("third")
	fmt.Println("latest:", *<-m.ch, len(m.ch))
}
