// Package time: the declarations minigo supports (see fmt.go for the
// pragma conventions).
package time

import "unsafe"

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string

//minigo:inline 2
func (d Duration) Nanoseconds() int64

//minigo:inline 4
func (d Duration) Microseconds() int64

//minigo:inline 4
func (d Duration) Milliseconds() int64

//minigo:inline 22
func (d Duration) Seconds() float64

//minigo:inline 22
func (d Duration) Minutes() float64

type Location struct {
	name string
}

type Month int

type Weekday int

type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}

func Now() Time

//minigo:leaks t
func Since(t Time) Duration

//minigo:leaks t
func Until(t Time) Duration

//minigo:inline 50
func Unix(sec int64, nsec int64) Time

//minigo:leaks t r0=0
func (t Time) Add(d Duration) Time

//minigo:leaks t
//minigo:leaks u
func (t Time) Sub(u Time) Duration

//minigo:leaks t
//minigo:leaks u
func (t Time) After(u Time) bool

//minigo:leaks t
//minigo:leaks u
func (t Time) Before(u Time) bool

//minigo:leaks t
//minigo:leaks u
func (t Time) Equal(u Time) bool

//minigo:inline 40
//minigo:leaks t
func (t Time) IsZero() bool

//minigo:inline 31
//minigo:leaks t
func (t Time) Unix() int64

//minigo:inline 45
//minigo:leaks t
func (t Time) UnixNano() int64

//minigo:leaks t
func (t Time) String() string

//minigo:leaks t
//minigo:leaks layout
func (t Time) Format(layout string) string

//minigo:inline 70
//minigo:leaks t
func (t Time) Year() int

//minigo:inline 12
//minigo:leaks t
func (t Time) Nanosecond() int

//minigo:inline 70
//minigo:leaks t
func (t Time) GobEncode() ([]byte, error)

//minigo:inline 62
//minigo:leaks t
//minigo:leaks data
func (t *Time) GobDecode(data []byte) error

//minigo:leaks t
func (t Time) MarshalBinary() ([]byte, error)

//minigo:leaks t
//minigo:leaks data
func (t *Time) UnmarshalBinary(data []byte) error

func Sleep(d Duration)

//minigo:inline 62
func After(d Duration) <-chan Time

//minigo:inline 68
func Tick(d Duration) <-chan Time

// runtimeTimer is minigo's runtime timer (RtTimer, runtime/rt_internal.h),
// not go1.19's: f is a C function of the library, arg the one pointer into
// the heap (the channel, or AfterFunc's func).
type runtimeTimer struct {
	when   int64
	period int64
	f      uintptr
	arg    unsafe.Pointer
	seq    uintptr
	status uint32
	index  int32
}

type Timer struct {
	C <-chan Time
	r runtimeTimer
}

func NewTimer(d Duration) *Timer

//minigo:leaks f heap=0
func AfterFunc(d Duration, f func()) *Timer

//minigo:inline 72
//minigo:leaks t heap=0
func (t *Timer) Stop() bool

//minigo:leaks t heap=0
func (t *Timer) Reset(d Duration) bool

type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

func NewTicker(d Duration) *Ticker

//minigo:inline 62
//minigo:leaks t heap=0
func (t *Ticker) Stop()

//minigo:leaks t heap=0
func (t *Ticker) Reset(d Duration)
