// A panic inside the String method of a panic value, with a value that
// is not a string: go1.19 names its type.  A panic recovered inside the
// method is no trouble.
package main

type S struct{}

type inner struct{ code int }

func (S) String() string { panic(inner{42}) }

type Calm struct{}

func (Calm) Error() string {
	defer func() { recover() }()
	panic("recovered inside Error")
}

func main() {
	defer func() {
		r := recover()
		println("recovered", r != nil)
		panic(S{})
	}()
	defer func() {
		println("recover", recover() != nil)
		panic(Calm{})
	}()
	panic("first")
}
