// Package runtime/internal/atomic: the declarations minigo supports (see
// fmt.go for the pragma conventions).
package atomic

import "unsafe"

//minigo:leaks ptr
func Load(ptr *uint32) uint32

//minigo:leaks ptr r0=1
func Loadp(ptr unsafe.Pointer) unsafe.Pointer

//minigo:leaks ptr
func Load64(ptr *uint64) uint64

//minigo:leaks ptr
//minigo:leaks val
func Store(ptr *uint32, val uint32)

//minigo:leaks ptr heap=0
//minigo:leaks val heap=0
func StorepNoWB(ptr unsafe.Pointer, val unsafe.Pointer)

//minigo:leaks ptr
//minigo:leaks delta
func Xadd(ptr *uint32, delta int32) uint32

//minigo:leaks ptr
//minigo:leaks old
//minigo:leaks new
func Cas(ptr *uint32, old, new uint32) bool

//minigo:leaks ptr heap=0
//minigo:leaks old heap=0
//minigo:leaks new heap=0
func Casp1(ptr *unsafe.Pointer, old, new unsafe.Pointer) bool
