#!/bin/sh
# tests/conformance/list-m-files.sh [TESTDIR] — the go1.19 errorcheck tests
# whose flags include -m (-m, -m=2, -m -m, ...), in test/ and test/fixedbugs/,
# one name a line, relative to TESTDIR (default: $(go env GOROOT)/test).
# The rules (recipe parsing as gc's test/run.go does) live in errorcheck.py.
here=$(dirname -- "$0")
if [ $# -gt 0 ]; then
	exec python3 "$here/errorcheck.py" --list --testdir "$1"
fi
exec python3 "$here/errorcheck.py" --list
