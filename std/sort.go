// Package sort: the declarations minigo supports (see fmt.go for the
// pragma conventions).
package sort

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

//minigo:leaks data heap=0
func Sort(data Interface)

//minigo:leaks data heap=0
func Stable(data Interface)

//minigo:leaks x heap=0
//minigo:leaks less
func Slice(x any, less func(i, j int) bool)

//minigo:leaks x heap=0
//minigo:leaks less
func SliceStable(x any, less func(i, j int) bool)

//minigo:inline 61
//minigo:leaks x heap=0
//minigo:body
func Ints(x []int)

//minigo:inline 61
//minigo:leaks x heap=0
//minigo:body
func Strings(x []string)

//minigo:inline 61
//minigo:leaks x heap=0
func Float64s(x []float64)

//minigo:inline 62
//minigo:leaks x heap=0
func IntsAreSorted(x []int) bool

//minigo:leaks f
func Search(n int, f func(int) bool) int

//minigo:leaks a
func SearchInts(a []int, x int) int

//minigo:leaks a
//minigo:leaks x
func SearchStrings(a []string, x string) int

//minigo:inline 62
//minigo:leaks x heap=0
func StringsAreSorted(x []string) bool

//minigo:leaks data heap=0
func IsSorted(data Interface) bool

//minigo:leaks x heap=0
//minigo:leaks less
func SliceIsSorted(x any, less func(i, j int) bool) bool

type IntSlice []int

//minigo:inline 3
//minigo:leaks x
func (x IntSlice) Len() int

//minigo:inline 8
//minigo:leaks x
func (x IntSlice) Less(i, j int) bool

//minigo:inline 13
//minigo:leaks x
func (x IntSlice) Swap(i, j int)

type StringSlice []string

//minigo:inline 3
//minigo:leaks x
func (x StringSlice) Len() int

//minigo:inline 8
//minigo:leaks x
func (x StringSlice) Less(i, j int) bool

//minigo:inline 13
//minigo:leaks x
func (x StringSlice) Swap(i, j int)
