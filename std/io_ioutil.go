// Package io/ioutil: the declarations minigo supports (see fmt.go for the
// pragma conventions).
package ioutil

import (
	"io"
	"io/fs"
)

//minigo:inline 70
//minigo:leaks r heap=0
func ReadAll(r io.Reader) ([]byte, error)

//minigo:inline 70
//minigo:leaks filename heap=0
func ReadFile(filename string) ([]byte, error)

//minigo:inline 63
//minigo:leaks filename heap=0
//minigo:leaks data
func WriteFile(filename string, data []byte, perm fs.FileMode) error

//minigo:inline 71
//minigo:leaks dir heap=0
//minigo:leaks pattern heap=0
func TempDir(dir, pattern string) (name string, err error)

var Discard io.Writer
