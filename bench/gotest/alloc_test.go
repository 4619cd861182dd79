// go1.19's own measure of one small heap allocation, for bench/run.sh to
// set beside minigo's (bench/programs/alloc.go does the same work).
package alloc

import "testing"

type small struct{ a, b int }

var sink *small

func BenchmarkSmallAlloc(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = &small{i, i}
	}
}
