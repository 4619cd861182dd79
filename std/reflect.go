// Package reflect: the declarations minigo supports (see fmt.go for the
// pragma conventions).
package reflect

import "unsafe"

type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

const Ptr = Pointer

//minigo:inline 79
func (k Kind) String() string

type ChanDir int

type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByName(name string) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
}

type StructTag string

//minigo:inline 68
//minigo:leaks tag r0=0
//minigo:leaks key
func (tag StructTag) Get(key string) string

type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

type rtype struct {
	size uintptr
}

type flag uintptr

type Value struct {
	typ *rtype
	ptr unsafe.Pointer
	flag
}

type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

type StringHeader struct {
	Data uintptr
	Len  int
}

//minigo:inline 20
//minigo:leaks i r0=0
func TypeOf(i any) Type

//minigo:inline 74
//minigo:leaks i heap=0
func ValueOf(i any) Value

//minigo:inline 63
//minigo:leaks t heap=0
func PointerTo(t Type) Type

//minigo:inline 67
//minigo:leaks t heap=0
func PtrTo(t Type) Type

//minigo:leaks typ heap=0
func New(typ Type) Value

//minigo:leaks typ heap=0
func Zero(typ Type) Value

//minigo:inline 78
//minigo:leaks v r0=0
func Indirect(v Value) Value

//minigo:leaks typ heap=0
//minigo:leaks fn heap=0
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value

//minigo:leaks typ heap=0
func MakeSlice(typ Type, len, cap int) Value

//minigo:inline 62
//minigo:leaks typ heap=0
func MakeMap(typ Type) Value

//minigo:leaks s heap=0
//minigo:leaks x heap=1
func Append(s Value, x ...Value) Value

//minigo:leaks dst heap=0
//minigo:leaks src heap=0
func Copy(dst, src Value) int

//minigo:leaks x heap=0
//minigo:leaks y heap=0
func DeepEqual(x, y any) bool

//minigo:leaks slice heap=0
func Swapper(slice any) func(i, j int)

//minigo:leaks v heap=0
func (v Value) Addr() Value

//minigo:inline 75
//minigo:leaks v
func (v Value) Bool() bool

//minigo:inline 70
//minigo:leaks v heap=0
func (v Value) Bytes() []byte

//minigo:leaks v heap=0
//minigo:leaks in heap=1
func (v Value) Call(in []Value) []Value

//minigo:inline 7
//minigo:leaks v
func (v Value) CanAddr() bool

//minigo:inline 20
//minigo:leaks v
func (v Value) CanInterface() bool

//minigo:inline 7
//minigo:leaks v
func (v Value) CanSet() bool

//minigo:inline 76
//minigo:leaks v heap=0
func (v Value) Cap() int

//minigo:inline 42
//minigo:leaks v
func (v Value) Complex() complex128

//minigo:leaks v heap=0
//minigo:leaks t heap=0
func (v Value) Convert(t Type) Value

//minigo:leaks v r0=0
func (v Value) Elem() Value

//minigo:leaks v r0=0
func (v Value) Field(i int) Value

//minigo:leaks v heap=0
//minigo:leaks name
func (v Value) FieldByName(name string) Value

//minigo:inline 42
//minigo:leaks v
func (v Value) Float() float64

//minigo:leaks v r0=0
func (v Value) Index(i int) Value

//minigo:inline 63
//minigo:leaks v
func (v Value) Int() int64

//minigo:inline 62
//minigo:leaks v heap=0
func (v Value) Interface() (i any)

//minigo:inline 74
//minigo:leaks v
func (v Value) IsNil() bool

//minigo:inline 5
//minigo:leaks v
func (v Value) IsValid() bool

//minigo:leaks v heap=0
func (v Value) IsZero() bool

//minigo:inline 9
//minigo:leaks v
func (v Value) Kind() Kind

//minigo:inline 76
//minigo:leaks v heap=0
func (v Value) Len() int

//minigo:leaks v heap=1
//minigo:leaks key heap=0
func (v Value) MapIndex(key Value) Value

//minigo:leaks v heap=1
func (v Value) MapKeys() []Value

//minigo:leaks v r0=0
func (v Value) Method(i int) Value

//minigo:leaks v heap=0
//minigo:leaks name
func (v Value) MethodByName(name string) Value

//minigo:leaks v
func (v Value) NumField() int

//minigo:leaks v
func (v Value) NumMethod() int

//minigo:leaks v
func (v Value) Pointer() uintptr

//minigo:leaks v heap=0
//minigo:leaks x heap=0
func (v Value) Set(x Value)

//minigo:leaks v
func (v Value) SetBool(x bool)

//minigo:leaks v
func (v Value) SetComplex(x complex128)

//minigo:leaks v
func (v Value) SetFloat(x float64)

//minigo:leaks v
func (v Value) SetInt(x int64)

//minigo:leaks v
//minigo:leaks x heap=0
func (v Value) SetString(x string)

//minigo:leaks v
func (v Value) SetUint(x uint64)

//minigo:inline 76
//minigo:leaks v heap=0
func (v Value) String() string

//minigo:inline 77
//minigo:leaks v heap=0
func (v Value) Type() Type

//minigo:inline 68
//minigo:leaks v
func (v Value) Uint() uint64

//minigo:inline 26
//minigo:leaks v
func (v Value) UnsafeAddr() uintptr

//minigo:leaks v r0=0
func (v Value) UnsafePointer() unsafe.Pointer
