// Package io/fs: the declarations minigo supports (see fmt.go for the
// pragma conventions).
package fs

type FileMode uint32

const (
	ModeDir FileMode = 1 << (32 - 1 - iota)
	ModeAppend
	ModeExclusive
	ModeTemporary
	ModeSymlink
	ModeDevice
	ModeNamedPipe
	ModeSocket
	ModeSetuid
	ModeSetgid
	ModeCharDevice
	ModeSticky
	ModeIrregular

	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777
)

//minigo:inline 6
func (m FileMode) IsDir() bool

//minigo:inline 6
func (m FileMode) IsRegular() bool

//minigo:inline 4
func (m FileMode) Perm() FileMode

func (m FileMode) String() string

type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	IsDir() bool
	Sys() any
}

type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

type WalkDirFunc func(path string, d DirEntry, err error) error

var SkipDir error

var ErrNotExist error

var ErrExist error
