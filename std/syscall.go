// Package syscall: the declarations minigo supports (see fmt.go for the
// pragma conventions).
package syscall

type Errno uintptr

func (e Errno) Error() string

const (
	SYS_READ   = 0
	SYS_WRITE  = 1
	SYS_GETPID = 39
)

//go:linkname Syscall
func Syscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno)

//minigo:inline 73
func Getpid() (pid int)

func Getpagesize() int

func Exit(code int)
