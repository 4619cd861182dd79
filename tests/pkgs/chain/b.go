// Package text builds on buf; main uses both.
package text

import "./buf"

func Join(parts []string) string {
	b := buf.New(make([]byte, 0, 64))
	for _, p := range parts {
		b.Grow(len(p))
	}
	return b.String()
}

func Count(s []byte) int {
	n := 0
	buf.Each(buf.New(s), func(c byte) {
		if c == ' ' {
			n++
		}
	})
	return n
}
