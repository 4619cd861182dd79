// Leaking a parameter's content: the function stores *p (what p points to),
// not p itself, somewhere long-lived. The learner should see
// "leaking param content: p": the pointer p does not escape, but the
// values reachable through it do. copyOut returns *pp: "leaking param: pp
// to result ~r0 level=1" (one dereference away from the result).
package main

import "fmt"

type Config struct {
	Name  *string
	Level int
}

var lastName *string

func remember(c *Config) {
	lastName = c.Name
}

func copyOut(pp **Config) *Config {
	return *pp
}

func main() {
	name := "prod"
	c := Config{Name: &name, Level: 3}
	remember(&c)
	pc := &c
	d := copyOut(&pc)
	fmt.Println(*lastName, d.Level)
}
