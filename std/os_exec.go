// Package os/exec: the declarations minigo supports (see fmt.go for the
// pragma conventions).
package exec

import "io"

type Cmd struct {
	Path   string
	Args   []string
	Env    []string
	Dir    string
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

//minigo:leaks name heap=0
//minigo:leaks arg heap=1
func Command(name string, arg ...string) *Cmd

//minigo:leaks c heap=0
func (c *Cmd) Run() error

//minigo:leaks c heap=0
func (c *Cmd) Start() error

//minigo:leaks c heap=1
func (c *Cmd) Wait() error

//minigo:leaks c heap=0
func (c *Cmd) Output() ([]byte, error)

//minigo:leaks c heap=0
func (c *Cmd) CombinedOutput() ([]byte, error)

//minigo:leaks file heap=0
func LookPath(file string) (string, error)
