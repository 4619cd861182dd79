// std-bodies copies minigo's standard-library declarations (std/*.go)
// into another directory, giving every function marked with a
// `//minigo:body` line the body it has in the Go installation that runs
// this program (go1.19's GOROOT/src).
//
// Those are functions gc inlines into user code: with their bodies,
// minigo expands them at call sites as gc does, so their allocations
// become the caller's (bytes.NewBuffer's &bytes.Buffer{...}) and escape
// analysis reaches gc's verdicts.  The bodies are taken from the
// installation at build time rather than kept in this repository.
//
// Usage: go run tools/std-bodies.go STDDIR OUTDIR
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
)

func die(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "std-bodies: "+format+"\n", args...)
	os.Exit(1)
}

// recvName is the receiver's base type name ("" for a function).
func recvName(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return ""
	}
	t := fd.Recv.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name
	}
	return "?"
}

type source struct {
	fset  *token.FileSet
	files []*ast.File
	srcs  map[*ast.File][]byte
}

var packages = map[string]*source{}

// load parses the non-test files of GOROOT/src/path.
func load(path string) *source {
	if s, ok := packages[path]; ok {
		return s
	}
	dir := filepath.Join(runtime.GOROOT(), "src", filepath.FromSlash(path))
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(names) == 0 {
		die("no Go files in %s", dir)
	}
	sort.Strings(names)
	s := &source{fset: token.NewFileSet(), srcs: map[*ast.File][]byte{}}
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			die("%v", err)
		}
		f, err := parser.ParseFile(s.fset, name, src, 0)
		if err != nil {
			continue // a file for another platform, say
		}
		s.files = append(s.files, f)
		s.srcs[f] = src
	}
	packages[path] = s
	return s
}

// find returns the text of the declaration of name (with receiver type
// recv) in package path, from `func` to its closing brace.
func find(path, recv, name string) []byte {
	s := load(path)
	for _, f := range s.files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || fd.Name.Name != name || recvName(fd) != recv {
				continue
			}
			from := s.fset.Position(fd.Type.Func).Offset
			to := s.fset.Position(fd.End()).Offset
			return s.srcs[f][from:to]
		}
	}
	return nil
}

func main() {
	if len(os.Args) != 3 {
		die("usage: std-bodies STDDIR OUTDIR")
	}
	in, out := os.Args[1], os.Args[2]
	if err := os.MkdirAll(out, 0o755); err != nil {
		die("%v", err)
	}
	names, _ := filepath.Glob(filepath.Join(in, "*.go"))
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			die("%v", err)
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
		if err != nil {
			die("%v", err)
		}
		// std/math_rand.go declares math/rand
		path := strings.ReplaceAll(strings.TrimSuffix(filepath.Base(name), ".go"), "_", "/")
		type edit struct {
			from, to int
			text     []byte
		}
		var edits []edit
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Doc == nil || fd.Body != nil {
				continue
			}
			marked := false
			for _, c := range fd.Doc.List {
				if c.Text == "//minigo:body" {
					marked = true
				}
			}
			if !marked {
				continue
			}
			text := find(path, recvName(fd), fd.Name.Name)
			if text == nil {
				die("%s: %s.%s has no body in %s", name, path, fd.Name.Name, runtime.GOROOT())
			}
			edits = append(edits, edit{fset.Position(fd.Type.Func).Offset, fset.Position(fd.End()).Offset, text})
		}
		var b bytes.Buffer
		at := 0
		for _, e := range edits {
			b.Write(src[at:e.from])
			b.Write(e.text)
			at = e.to
		}
		b.Write(src[at:])
		if err := os.WriteFile(filepath.Join(out, filepath.Base(name)), b.Bytes(), 0o644); err != nil {
			die("%v", err)
		}
	}
}
