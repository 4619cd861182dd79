package main

func main() {
	s := "aÿb"
	println(s)
	x := 1 þ 2
}
