// Package runtime: the declarations minigo supports (see fmt.go for the
// pragma conventions).  GC, ReadMemStats, debug.SetGCPercent and friends
// are implemented by minigo's runtime/.
package runtime

// go1.19's export data of runtime includes runtime/internal/atomic, which
// the inlinable bodies of NumGoroutine and others use: with both runtime
// and sync/atomic imported, gc names the latter "sync/atomic".
import (
	_ "runtime/internal/atomic"
	"unsafe"
)

const Compiler = "gc"

const GOARCH string = "amd64"

const GOOS string = "linux"

type Error interface {
	error
	RuntimeError()
}

type TypeAssertionError struct {
	_interface    *_type
	concrete      *_type
	asserted      *_type
	missingMethod string
}

type _type struct {
	size uintptr
}

//minigo:inline 0
//minigo:leaks e
func (e *TypeAssertionError) RuntimeError()

//minigo:leaks e heap=2
func (e *TypeAssertionError) Error() string

type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

//minigo:leaks m
func ReadMemStats(m *MemStats)

func GC()

//minigo:inline 62
//minigo:inlines checkTimeouts
func Gosched()

func Goexit()

func GOMAXPROCS(n int) int

//minigo:inline 72
func GOROOT() string

//minigo:inline 3
func NumCPU() int

//minigo:inline 44
//minigo:inlines gcount
func NumGoroutine() int

//minigo:leaks x
func KeepAlive(x any)

//minigo:leaks obj heap=0
//minigo:leaks finalizer heap=0
func SetFinalizer(obj any, finalizer any)

//minigo:inline 59
func Breakpoint()

func LockOSThread()

//minigo:inline 48
func UnlockOSThread()

func Caller(skip int) (pc uintptr, file string, line int, ok bool)

//minigo:inline 69
//minigo:leaks pc
func Callers(skip int, pc []uintptr) int

//minigo:leaks buf heap=0
func Stack(buf []byte, all bool) int

type Func struct {
	opaque struct{}
}

func FuncForPC(pc uintptr) *Func

//minigo:leaks f r0=1
func (f *Func) Name() string

//minigo:leaks f
func (f *Func) Entry() uintptr

//minigo:leaks f heap=1
func (f *Func) FileLine(pc uintptr) (file string, line int)

type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
	funcInfo funcInfo
}

type funcInfo struct {
	_func *_func
	datap *moduledata
}

type _func struct {
	entryoff uint32
}

type moduledata struct {
	text uintptr
}

type Frames struct {
	callers []uintptr
	frame   Frame
	frameStore [2]Frame
}

//minigo:inline 18
//minigo:leaks callers heap=0
func CallersFrames(callers []uintptr) *Frames

//minigo:leaks ci heap=0
func (ci *Frames) Next() (frame Frame, more bool)

var MemProfileRate int

type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64
	AllocObjects, FreeObjects int64
	Stack0                    [32]uintptr
}

//minigo:inline 6
//minigo:leaks r
func (r *MemProfileRecord) InUseBytes() int64

//minigo:inline 6
//minigo:leaks r
func (r *MemProfileRecord) InUseObjects() int64

//minigo:inline 26
//minigo:leaks r r0=0
func (r *MemProfileRecord) Stack() []uintptr

//minigo:leaks p
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool)

// ---- profiling, tracing and version: declared as go1.19 has them
// (the standard library's source refers to them); minigo's runtime does
// not implement them yet ----

//minigo:inline 2
func Version() string

func SetBlockProfileRate(rate int)

//minigo:inline 21
func SetMutexProfileFraction(rate int) int

func SetCPUProfileRate(hz int)

//minigo:inline 3
func CPUProfile() []byte

//minigo:inline 32
func NumCgoCall() int64

func SetCgoTraceback(version int, traceback, context, symbolizer unsafe.Pointer)

func StartTrace() error

func StopTrace()

func ReadTrace() []byte

type StackRecord struct {
	Stack0 [32]uintptr // stack trace for this record; ends at first 0 entry
}

//minigo:inline 26
//minigo:leaks r r0=0
func (r *StackRecord) Stack() []uintptr

type BlockProfileRecord struct {
	Count  int64
	Cycles int64
	StackRecord
}

//minigo:leaks p
func BlockProfile(p []BlockProfileRecord) (n int, ok bool)

//minigo:leaks p
func MutexProfile(p []BlockProfileRecord) (n int, ok bool)

//minigo:inline 71
func GoroutineProfile(p []StackRecord) (n int, ok bool)

//minigo:inline 61
//minigo:leaks p
func ThreadCreateProfile(p []StackRecord) (n int, ok bool)
