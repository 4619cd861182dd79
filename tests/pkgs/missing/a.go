// A package that was never compiled: gc stops at the import.
package main

import "./nothere"

func main() { nothere.F() }
