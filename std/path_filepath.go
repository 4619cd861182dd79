// Package path/filepath: the declarations minigo supports (see fmt.go for
// the pragma conventions).
package filepath

import "io/fs"

const (
	Separator     = '/'
	ListSeparator = ':'
)

var SkipDir error

//minigo:leaks path r0=0
func Abs(path string) (string, error)

//minigo:leaks path r0=0
func Base(path string) string

//minigo:leaks path r0=0
func Clean(path string) string

//minigo:leaks path r0=0
func Dir(path string) string

//minigo:inline 38
//minigo:leaks path r0=0
func Ext(path string) string

//minigo:inline 61
//minigo:leaks elem r0=1
func Join(elem ...string) string

//minigo:leaks basepath
//minigo:leaks targpath r0=0
func Rel(basepath, targpath string) (string, error)

//minigo:inline 53
//minigo:leaks path r0=0 r1=0
func Split(path string) (dir, file string)

//minigo:leaks root heap=0
//minigo:leaks fn
func WalkDir(root string, fn fs.WalkDirFunc) error

//minigo:inline 71
//minigo:leaks pattern heap=0
func Glob(pattern string) (matches []string, err error)
