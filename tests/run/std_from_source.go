// Packages std/ does not declare, compiled from go1.19's source over
// minigo's runtime: container/heap, container/ring, encoding/hex,
// hash/crc32 (its assembly in lib/goasm.c), hash/fnv, path,
// text/tabwriter, unicode/utf16.
package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"os"
	"path"
	"text/tabwriter"
	"unicode/utf16"
)

type IntHeap []int

func (h IntHeap) Len() int            { return len(h) }
func (h IntHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() interface{} {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

func main() {
	l := list.New()
	l.PushBack(1)
	l.PushFront("zero")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Printf("%T %d\n", l, l.Len())
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	r := ring.New(3)
	for i := 0; i < 3; i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(x interface{}) { fmt.Print(x, ";") })
	fmt.Println()
	fmt.Println(hex.EncodeToString([]byte("hi!")), path.Join("a/b", "../c", "d.go"), path.Ext("x.tar.gz"))
	b, err := hex.DecodeString("6869zz")
	fmt.Println(b, err)
	f := fnv.New32a()
	f.Write([]byte("hello"))
	fmt.Println(f.Sum32(), crc32.ChecksumIEEE([]byte("hello")))
	fmt.Println(utf16.Encode([]rune("a😀")))
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "a\tbbb\tc")
	fmt.Fprintln(w, "aaaa\tb\tc")
	w.Flush()
}
