// errors.As with targets of interface type other than error: the target
// interface is satisfied by a method set, found along the Unwrap chain.
package main

import (
	"errors"
	"fmt"
)

type timeoutError struct{ op string }

func (e *timeoutError) Error() string { return e.op + ": timed out" }
func (e *timeoutError) Timeout() bool { return true }

type tempError struct{}

func (tempError) Error() string   { return "temporary" }
func (tempError) Temporary() bool { return true }

type codeError struct{ code int }

func (e codeError) Error() string { return fmt.Sprintf("code %d", e.code) }
func (e codeError) Code() int     { return e.code }
func (e codeError) Is(t error) bool {
	c, ok := t.(codeError)
	return ok && c.code/100 == e.code/100
}

type timeout interface{ Timeout() bool }

func main() {
	err := fmt.Errorf("dial: %w", &timeoutError{"read"})

	var t timeout
	fmt.Println(errors.As(err, &t), t != nil)
	if t != nil {
		fmt.Println(t.Timeout(), t.(error).Error())
	}

	var tmp interface{ Temporary() bool }
	fmt.Println(errors.As(err, &tmp), tmp == nil)

	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", tempError{}))
	fmt.Println(errors.As(wrapped, &tmp), tmp != nil && tmp.Temporary())

	var coder interface {
		error
		Code() int
	}
	ce := fmt.Errorf("op: %w", codeError{404})
	fmt.Println(errors.As(ce, &coder))
	if coder != nil {
		fmt.Println(coder.Code(), coder.Error())
	}
	fmt.Println(errors.As(err, &coder), errors.Is(ce, codeError{418}), errors.Is(ce, codeError{500}))

	var e error
	fmt.Println(errors.As(err, &e), e)

	var any interface{}
	fmt.Println(errors.As(err, &any), any != nil)
}
