// Package os: the declarations minigo supports (see fmt.go for the
// pragma conventions).
package os

import "io/fs"

type FileMode = fs.FileMode

type DirEntry = fs.DirEntry

type FileInfo = fs.FileInfo

type File struct {
	file *file
}

type file struct {
	pfd  int
	name string
}

//minigo:inline 4
//minigo:leaks f r0=2
func (f *File) Name() string

//minigo:leaks f heap=1
//minigo:leaks b
func (f *File) Write(b []byte) (n int, err error)

//minigo:leaks f heap=1
//minigo:leaks s heap=0
func (f *File) WriteString(s string) (n int, err error)

//minigo:leaks f heap=1
//minigo:leaks b
func (f *File) Read(b []byte) (n int, err error)

//minigo:inline 68
//minigo:leaks f heap=1
func (f *File) Close() error

//minigo:inline 79
//minigo:leaks f heap=1
func (f *File) Fd() uintptr

var (
	Stdin  *File
	Stdout *File
	Stderr *File
)

var Args []string

var ErrNotExist error

func Exit(code int)

//minigo:leaks key heap=0
func Getenv(key string) string

//minigo:leaks key heap=0
func LookupEnv(key string) (string, bool)

//minigo:leaks key heap=0
//minigo:leaks value heap=0
func Setenv(key, value string) error

//minigo:inline 60
func Environ() []string

//minigo:inline 76
func Getpid() int

func Getwd() (dir string, err error)

//minigo:inline 69
func Hostname() (name string, err error)

//minigo:inline 72
//minigo:leaks name heap=0
func Open(name string) (*File, error)

//minigo:inline 72
//minigo:leaks name heap=0
func Create(name string) (*File, error)

//minigo:leaks name heap=0
func ReadFile(name string) ([]byte, error)

//minigo:leaks name heap=0
//minigo:leaks data
func WriteFile(name string, data []byte, perm FileMode) error

//minigo:leaks name heap=0
func Remove(name string) error

//minigo:inline 61
//minigo:leaks path heap=0
func RemoveAll(path string) error

//minigo:leaks name heap=0
func Mkdir(name string, perm FileMode) error

//minigo:leaks path heap=0
func MkdirAll(path string, perm FileMode) error

//minigo:leaks dir heap=0
//minigo:leaks pattern heap=0
func MkdirTemp(dir, pattern string) (string, error)

//minigo:inline 76
func TempDir() string

//minigo:inline 69
func Executable() (string, error)

//minigo:inline 62
//minigo:leaks err
func IsNotExist(err error) bool
