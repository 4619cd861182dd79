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

func (c *Cmd) Run() error

func (c *Cmd) Start() error

func (c *Cmd) Wait() error

func (c *Cmd) Output() ([]byte, error)

func (c *Cmd) CombinedOutput() ([]byte, error)

//minigo:leaks file heap=0
func LookPath(file string) (string, error)
