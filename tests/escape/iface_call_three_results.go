// An interface method call with three results, the first a pointer
// (syscall's Bind calls Sockaddr.sockaddr this way): each result the call
// yields is a location of its own.
package p

import "unsafe"

type socklen uint32

type Sockaddr interface {
	sockaddr() (ptr unsafe.Pointer, len socklen, err error)
}

var sink unsafe.Pointer

func bind(s int, addr unsafe.Pointer, addrlen socklen) (err error) {
	sink = addr
	return nil
}

func Bind(fd int, sa Sockaddr) (err error) {
	ptr, n, err := sa.sockaddr()
	if err != nil {
		return err
	}
	return bind(fd, ptr, n)
}

func Keep(sa Sockaddr) *socklen {
	_, n, _ := sa.sockaddr()
	return &n
}
