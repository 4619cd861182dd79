package main

import "fmt"

type Log struct{ lines []string }

// the append's tee is made before its arguments are walked: gc explains
// the Sprintf arguments before the receiver's leak
func (l *Log) add(msg string) {
	l.lines = append(l.lines, fmt.Sprintf("%d:%s", len(l.lines), msg))
}

type Stack struct{ items []interface{} }

func (s *Stack) Push(v interface{}) { s.items = append(s.items, v) }

func main() {
	l := &Log{}
	l.add("a")
	l.add("b")
	s := &Stack{}
	s.Push(l)
	fmt.Println(l.lines, len(s.items))
}
