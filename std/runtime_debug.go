// Package runtime/debug: the declarations minigo supports (see fmt.go for
// the pragma conventions).
package debug

//minigo:inline 63
func SetGCPercent(percent int) int

//minigo:inline 59
func FreeOSMemory()

//minigo:inline 61
func SetMaxStack(bytes int) int

//minigo:inline 61
func SetMemoryLimit(limit int64) int64

func PrintStack()

func Stack() []byte
