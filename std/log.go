// Package log: the declarations minigo supports (see fmt.go for the
// pragma conventions).
package log

//minigo:leaks v heap=1
func Fatal(v ...any)

//minigo:leaks format
//minigo:leaks v heap=1
func Fatalf(format string, v ...any)

//minigo:leaks v heap=1
func Fatalln(v ...any)

//minigo:leaks v heap=1
func Panic(v ...any)

//minigo:leaks format
//minigo:leaks v heap=1
func Panicf(format string, v ...any)

//minigo:leaks v heap=1
func Panicln(v ...any)

//minigo:leaks v heap=1
func Print(v ...any)

//minigo:leaks format
//minigo:leaks v heap=1
func Printf(format string, v ...any)

//minigo:leaks v heap=1
func Println(v ...any)

//minigo:inline 61
func SetFlags(flag int)

//minigo:inline 61
//minigo:leaks prefix heap=0
func SetPrefix(prefix string)
