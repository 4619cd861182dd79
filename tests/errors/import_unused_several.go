package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	x := 1
}
