package p

// The flows of select's cases, walked by gc's escape analysis case by
// case (each communication, then its body), though the channels and the
// values sent are evaluated before the select runs.

type T struct{ f *int }

var sink interface{}

func mk() chan *int { return make(chan *int, 1) }

func cases(c chan *int, d chan int, e chan *T, t *T, m map[int]*int) {
	x := 1
	var y *int
	var ok bool
	select {
	case c <- &x:
		sink = 1
	case v := <-c:
		sink = v
	case v, ok := <-d:
		println(v, ok)
	case t.f = <-c:
	case y, ok = <-c:
		println(y, ok)
	case m[len(m)] = <-c:
	case <-e:
	case _ = <-e:
	case mk() <- new(int):
	default:
		z := 2
		c <- &z
	}
	var w interface{}
	w, ok = <-c
	sink = w
}

func one(c chan int) int {
	select {
	case v := <-c:
		return v
	}
}

func nonblocking(c chan *int) {
	q := 5
	select {
	case c <- &q:
	default:
	}
}

func ranges(c chan *T) (n int) {
	for v := range c {
		n += len(v.f2())
	}
	for range c {
		n++
	}
	return
}

func (t *T) f2() []int { return nil }

func loop(a, b chan *int) *int {
	for {
		select {
		case p := <-a:
			if p == nil {
				continue
			}
			return p
		case b <- func() *int { r := 3; return &r }():
			break
		}
	}
}

func nested(a chan *int, b chan int) {
	select {
	case p := <-a:
		select {
		case b <- *p:
		case <-b:
		}
	}
	select {}
}
