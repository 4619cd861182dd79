// Package sync/atomic: the declarations minigo supports (see fmt.go for
// the pragma conventions).
package atomic

import "unsafe"

//minigo:leaks addr heap=0
func SwapInt32(addr *int32, new int32) (old int32)

//minigo:leaks addr heap=0
func SwapInt64(addr *int64, new int64) (old int64)

//minigo:leaks addr heap=0
func SwapUint32(addr *uint32, new uint32) (old uint32)

//minigo:leaks addr heap=0
func SwapUint64(addr *uint64, new uint64) (old uint64)

//minigo:leaks addr heap=0
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

//minigo:leaks addr heap=0
//minigo:leaks new heap=0
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer)

//minigo:leaks addr heap=0
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)

//minigo:leaks addr heap=0
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

//minigo:leaks addr heap=0
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)

//minigo:leaks addr heap=0
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)

//minigo:leaks addr heap=0
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

//minigo:leaks addr heap=0
//minigo:leaks old heap=0
//minigo:leaks new heap=0
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool)

//minigo:leaks addr heap=0
func AddInt32(addr *int32, delta int32) (new int32)

//minigo:leaks addr heap=0
func AddUint32(addr *uint32, delta uint32) (new uint32)

//minigo:leaks addr heap=0
func AddInt64(addr *int64, delta int64) (new int64)

//minigo:leaks addr heap=0
func AddUint64(addr *uint64, delta uint64) (new uint64)

//minigo:leaks addr heap=0
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

//minigo:leaks addr heap=0
func LoadInt32(addr *int32) (val int32)

//minigo:leaks addr heap=0
func LoadInt64(addr *int64) (val int64)

//minigo:leaks addr heap=0
func LoadUint32(addr *uint32) (val uint32)

//minigo:leaks addr heap=0
func LoadUint64(addr *uint64) (val uint64)

//minigo:leaks addr heap=0
func LoadUintptr(addr *uintptr) (val uintptr)

//minigo:leaks addr heap=0
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer)

//minigo:leaks addr heap=0
func StoreInt32(addr *int32, val int32)

//minigo:leaks addr heap=0
func StoreInt64(addr *int64, val int64)

//minigo:leaks addr heap=0
func StoreUint32(addr *uint32, val uint32)

//minigo:leaks addr heap=0
func StoreUint64(addr *uint64, val uint64)

//minigo:leaks addr heap=0
func StoreUintptr(addr *uintptr, val uintptr)

//minigo:leaks addr heap=0
//minigo:leaks val heap=0
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)

type noCopy struct{}

type align64 struct{}

type Bool struct {
	_ noCopy
	v uint32
}

//minigo:inline 8
//minigo:leaks x heap=0
func (x *Bool) Load() bool

//minigo:inline 14
//minigo:leaks x heap=0
//minigo:inlines b32
func (x *Bool) Store(val bool)

//minigo:inline 17
//minigo:leaks x heap=0
//minigo:inlines b32
func (x *Bool) Swap(new bool) (old bool)

//minigo:inline 24
//minigo:leaks x heap=0
//minigo:inlines b32
//minigo:inlines b32
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool)

type Int32 struct {
	_ noCopy
	v int32
}

//minigo:inline 6
//minigo:leaks x heap=0
func (x *Int32) Load() int32

//minigo:inline 6
//minigo:leaks x heap=0
func (x *Int32) Store(val int32)

//minigo:inline 7
//minigo:leaks x heap=0
func (x *Int32) Swap(new int32) (old int32)

//minigo:inline 8
//minigo:leaks x heap=0
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool)

//minigo:inline 7
//minigo:leaks x heap=0
func (x *Int32) Add(delta int32) (new int32)

type Int64 struct {
	_ noCopy
	_ align64
	v int64
}

//minigo:inline 6
//minigo:leaks x heap=0
func (x *Int64) Load() int64

//minigo:inline 6
//minigo:leaks x heap=0
func (x *Int64) Store(val int64)

//minigo:inline 7
//minigo:leaks x heap=0
func (x *Int64) Swap(new int64) (old int64)

//minigo:inline 8
//minigo:leaks x heap=0
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool)

//minigo:inline 7
//minigo:leaks x heap=0
func (x *Int64) Add(delta int64) (new int64)

type Uint32 struct {
	_ noCopy
	v uint32
}

//minigo:inline 6
//minigo:leaks x heap=0
func (x *Uint32) Load() uint32

//minigo:inline 6
//minigo:leaks x heap=0
func (x *Uint32) Store(val uint32)

//minigo:inline 7
//minigo:leaks x heap=0
func (x *Uint32) Swap(new uint32) (old uint32)

//minigo:inline 8
//minigo:leaks x heap=0
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool)

//minigo:inline 7
//minigo:leaks x heap=0
func (x *Uint32) Add(delta uint32) (new uint32)

type Uint64 struct {
	_ noCopy
	_ align64
	v uint64
}

//minigo:inline 6
//minigo:leaks x heap=0
func (x *Uint64) Load() uint64

//minigo:inline 6
//minigo:leaks x heap=0
func (x *Uint64) Store(val uint64)

//minigo:inline 7
//minigo:leaks x heap=0
func (x *Uint64) Swap(new uint64) (old uint64)

//minigo:inline 8
//minigo:leaks x heap=0
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool)

//minigo:inline 7
//minigo:leaks x heap=0
func (x *Uint64) Add(delta uint64) (new uint64)

type Uintptr struct {
	_ noCopy
	v uintptr
}

//minigo:inline 6
//minigo:leaks x heap=0
func (x *Uintptr) Load() uintptr

//minigo:inline 6
//minigo:leaks x heap=0
func (x *Uintptr) Store(val uintptr)

//minigo:inline 7
//minigo:leaks x heap=0
func (x *Uintptr) Swap(new uintptr) (old uintptr)

//minigo:inline 8
//minigo:leaks x heap=0
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool)

//minigo:inline 7
//minigo:leaks x heap=0
func (x *Uintptr) Add(delta uintptr) (new uintptr)

type Value struct {
	v any
}

//minigo:inline 49
//minigo:leaks v heap=0
func (v *Value) Load() (val any)

//minigo:leaks v heap=0
//minigo:leaks val heap=0
func (v *Value) Store(val any)

//minigo:leaks v heap=0
//minigo:leaks new heap=0
func (v *Value) Swap(new any) (old any)

//minigo:leaks v heap=0
//minigo:leaks old
//minigo:leaks new heap=0
func (v *Value) CompareAndSwap(old, new any) (swapped bool)
