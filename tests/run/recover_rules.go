package main

import "fmt"

func mustNotRecover(tag string) {
	if v := recover(); v != nil {
		fmt.Println(tag, "recovered unexpectedly", v)
	}
}

func mustRecover(x int) {
	fmt.Println("mustRecover got", recover(), "want", x)
}

func withoutRecover() { mustNotRecover("withoutRecover") }

func test1() {
	defer mustNotRecover("test1")
	defer mustRecover(1)
	defer withoutRecover() // recover in a call within a deferred call: nil
	panic(1)
}

func test2() {
	defer mustRecover(2)
	defer recover() // recover as the deferred call itself: too early, no-op
	panic(2)
}

func test3() {
	defer mustNotRecover("test3")
	defer func() {
		defer recover() // run by this deferred function's return: squelches
	}()
	panic(3)
}

func test4() {
	// recover twice: the second gets nil
	defer func() {
		fmt.Println("first", recover())
		fmt.Println("second", recover())
	}()
	panic(4)
}

func test5() (n int) {
	// the deferring function returns normally, results as set
	defer func() {
		recover()
		n += 100
	}()
	n = 5
	panic("five")
}

func nestedAbort() {
	defer func() {
		fmt.Println("outer got", recover())
	}()
	defer func() {
		defer func() {
			fmt.Println("inner got", recover())
		}()
		panic("inner")
	}()
	panic("outer")
}

func deferInLoop() (s int) {
	defer func() {
		if r := recover(); r != nil {
			s = -s
		}
	}()
	for i := 1; i <= 3; i++ {
		defer func(i int) { s = s*10 + i }(i)
	}
	panic("!")
}

func main() {
	test1()
	test2()
	test3()
	test4()
	fmt.Println(test5())
	nestedAbort()
	fmt.Println(deferInLoop())
	var f func()
	func() {
		defer func() { fmt.Println("nil func:", recover()) }()
		f()
	}()
	func() {
		defer func() { fmt.Println("deferred nil func:", recover()) }()
		defer f()
	}()
	fmt.Println("done")
}
