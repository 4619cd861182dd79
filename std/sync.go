// Package sync: the declarations minigo supports (see fmt.go for the
// pragma conventions).  The types' fields are go1.19's and lib/sync.c's,
// which uses them (the compiler lays out user variables of these types
// from here, and the collector scans them by these fields' types).
package sync

import "unsafe"

type Locker interface {
	Lock()
	Unlock()
}

type Mutex struct {
	state int32
	sema  uint32
}

//minigo:inline 69
//minigo:leaks m heap=0
func (m *Mutex) Lock()

//minigo:inline 29
//minigo:leaks m heap=0
func (m *Mutex) TryLock() bool

//minigo:inline 75
//minigo:leaks m heap=0
func (m *Mutex) Unlock()

type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

//minigo:leaks rw heap=0
func (rw *RWMutex) Lock()

//minigo:leaks rw heap=0
func (rw *RWMutex) Unlock()

//minigo:inline 73
//minigo:leaks rw heap=0
func (rw *RWMutex) RLock()

//minigo:inline 75
//minigo:leaks rw heap=0
func (rw *RWMutex) RUnlock()

//minigo:leaks rw heap=0
func (rw *RWMutex) TryLock() bool

//minigo:inline 28
//minigo:leaks rw heap=0
func (rw *RWMutex) TryRLock() bool

//minigo:inline 3
//minigo:leaks rw r0=0
func (rw *RWMutex) RLocker() Locker

type noCopy struct{}

type WaitGroup struct {
	noCopy noCopy
	state1 uint64
	state2 uint32
}

//minigo:leaks wg heap=0
func (wg *WaitGroup) Add(delta int)

//minigo:inline 61
//minigo:leaks wg heap=0
func (wg *WaitGroup) Done()

//minigo:leaks wg heap=0
func (wg *WaitGroup) Wait()

type Once struct {
	done uint32
	m    Mutex
}

//minigo:inline 69
//minigo:leaks o heap=0
//minigo:leaks f
func (o *Once) Do(f func())

type Pool struct {
	noCopy noCopy

	local      unsafe.Pointer
	localSize  uintptr
	victim     unsafe.Pointer
	victimSize uintptr

	New func() any
}

//minigo:leaks p heap=0
func (p *Pool) Get() any

//minigo:leaks p heap=0
//minigo:leaks x heap=0
func (p *Pool) Put(x any)

type Cond struct {
	noCopy noCopy

	L Locker

	notify  notifyList
	checker copyChecker
}

type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   unsafe.Pointer
	tail   unsafe.Pointer
}

type copyChecker uintptr

//minigo:inline 5
//minigo:leaks l heap=0
//minigo:body
func NewCond(l Locker) *Cond

//minigo:leaks c heap=0
func (c *Cond) Wait()

//minigo:leaks c heap=0
func (c *Cond) Signal()

//minigo:leaks c heap=0
func (c *Cond) Broadcast()
