// Package math/bits: the declarations minigo supports (see fmt.go for the
// pragma conventions).
package bits

const UintSize = 64

//minigo:inline 6
func LeadingZeros(x uint) int

//minigo:inline 6
func LeadingZeros64(x uint64) int

//minigo:inline 4
func TrailingZeros(x uint) int

//minigo:inline 18
func TrailingZeros64(x uint64) int

//minigo:inline 4
func OnesCount(x uint) int

//minigo:inline 51
func OnesCount64(x uint64) int

//minigo:inline 4
func Len(x uint) int

//minigo:inline 37
func Len64(x uint64) (n int)

//minigo:inline 5
func RotateLeft(x uint, k int) uint

//minigo:inline 18
func RotateLeft8(x uint8, k int) uint8

//minigo:inline 18
func RotateLeft16(x uint16, k int) uint16

//minigo:inline 18
func RotateLeft32(x uint32, k int) uint32

//minigo:inline 18
func RotateLeft64(x uint64, k int) uint64

//minigo:inline 34
func ReverseBytes64(x uint64) uint64

//minigo:inline 21
func Add64(x, y, carry uint64) (sum, carryOut uint64)

func Mul64(x, y uint64) (hi, lo uint64)
