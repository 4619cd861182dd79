#!/usr/bin/env bash
# pkgs.sh [--record] COMPILER
#
# Programs of several packages, compiled one package at a time as Go's own
# errorcheckdir tests compile them: each directory tests/pkgs/NAME/ holds
# one file per package, compiled in the order of their file names with
#
#   COMPILER tool compile -e -D test -I . -o test/PKG.a -p test/PKG FLAGS FILE
#
# (-p=main for package main), so that a later file's `import "./PKG"`
# finds the earlier package.  For each file and each of -m, -m=2 and
# -m -l, the compiler's output must equal go1.19's, recorded in
# NAME/FILE.{m,m2,m_l}.txt by `--record` (which runs `go tool compile`).
set -u
record=0
if [ "${1:-}" = --record ]; then record=1; shift; fi
compiler=${1:?usage: pkgs.sh [--record] COMPILER}
case $compiler in /*) ;; *) compiler=$PWD/$compiler ;; esac
here=$(cd "$(dirname "$0")" && pwd)
pass=0 fail=0
for dir in "$here"/pkgs/*/; do
	name=$(basename "$dir")
	ok=1
	for mode in m m2 m_l; do
		case $mode in m) flags="-m" ;; m2) flags="-m=2" ;; m_l) flags="-m -l" ;; esac
		tmp=$(mktemp -d)
		cp "$dir"/*.go "$tmp"/
		mkdir "$tmp/test"
		for f in $(cd "$tmp" && ls *.go | sort); do
			pkg=$(sed -n 's/^package \([A-Za-z_0-9]*\).*/\1/p' "$tmp/$f" | head -1)
			if [ "$pkg" = main ]; then out=(-p=main -o test/main.a)
			else out=(-o "test/$pkg.a" -p "test/$pkg"); fi
			if [ $record = 1 ]; then
				(cd "$tmp" && go tool compile -e -D test -I . "${out[@]}" $flags "$f") >"$dir/$f.$mode.txt" 2>&1
			else
				got=$( (cd "$tmp" && "$compiler" tool compile -e -D test -I . "${out[@]}" $flags "$f") 2>&1)
				if [ "$got" != "$(cat "$dir/$f.$mode.txt")" ]; then
					echo "FAIL $name/$f ($flags)"
					diff <(printf '%s\n' "$got") "$dir/$f.$mode.txt" | head -20 | sed 's/^/    /'
					ok=0
				fi
			fi
		done
		rm -rf "$tmp"
	done
	if [ $record = 1 ]; then echo "recorded $name"; continue; fi
	if [ $ok = 1 ]; then echo "PASS $name"; pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
[ $record = 1 ] && exit 0
echo "packages: $pass passed, $fail failed"
[ $fail = 0 ]
