// Package encoding/binary: the declarations minigo supports (see fmt.go
// for the pragma conventions).
package binary

type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

var LittleEndian littleEndian

var BigEndian bigEndian

type littleEndian struct{}

//minigo:inline 17
//minigo:leaks b
func (littleEndian) Uint16(b []byte) uint16

//minigo:inline 19
//minigo:leaks b
func (littleEndian) PutUint16(b []byte, v uint16)

//minigo:inline 31
//minigo:leaks b
func (littleEndian) Uint32(b []byte) uint32

//minigo:inline 35
//minigo:leaks b
func (littleEndian) PutUint32(b []byte, v uint32)

//minigo:inline 59
//minigo:leaks b
func (littleEndian) Uint64(b []byte) uint64

//minigo:inline 67
//minigo:leaks b
func (littleEndian) PutUint64(b []byte, v uint64)

//minigo:inline 2
func (littleEndian) String() string

type bigEndian struct{}

//minigo:inline 17
//minigo:leaks b
func (bigEndian) Uint16(b []byte) uint16

//minigo:inline 19
//minigo:leaks b
func (bigEndian) PutUint16(b []byte, v uint16)

//minigo:inline 31
//minigo:leaks b
func (bigEndian) Uint32(b []byte) uint32

//minigo:inline 35
//minigo:leaks b
func (bigEndian) PutUint32(b []byte, v uint32)

//minigo:inline 59
//minigo:leaks b
func (bigEndian) Uint64(b []byte) uint64

//minigo:inline 67
//minigo:leaks b
func (bigEndian) PutUint64(b []byte, v uint64)

//minigo:inline 2
func (bigEndian) String() string

const MaxVarintLen64 = 10

//minigo:inline 33
//minigo:leaks buf
func PutUvarint(buf []byte, x uint64) int

//minigo:inline 68
//minigo:leaks buf
func Uvarint(buf []byte) (uint64, int)
