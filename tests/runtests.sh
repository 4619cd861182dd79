#!/usr/bin/env bash
# tests/runtests.sh [MINIGO] [FILE...] — go1.19's `// run` tests, run by minigo.
#
# The rules are those of gc's test/run.go for a `// run` test: the program
# is built and run (`minigo run FILE.go`, from the test's directory); it
# passes when it exits with status 0 and its standard output and standard
# error together equal FILE.out (or are empty when there is no .out file).
# The set is every test/*.go and test/ken/*.go whose first line is exactly
# `// run` (163 files in go1.19).
#
# Prints PASS/FAIL per file (FAIL with the first line of minigo's complaint),
# then "run tests: N passed of M".  Environment: GOROOT_TEST (default
# $(go env GOROOT)/test), RUN_TIMEOUT seconds per file (default 20),
# RUN_MIN: exit 1 when fewer than this many pass (default 0).
set -u
minigo=${1:-build/minigo}
shift || true
case $minigo in */*) minigo=$(cd -- "$(dirname -- "$minigo")" && pwd)/$(basename -- "$minigo") ;; esac
root=${GOROOT_TEST:-}
if [ -z "$root" ]; then
	root=$(go env GOROOT 2>/dev/null)/test
	[ -d "$root" ] || root=/usr/lib/go-1.19/test
fi
limit=${RUN_TIMEOUT:-20}
min=${RUN_MIN:-0}
cd -- "$root" || { echo "runtests.sh: no $root" >&2; exit 2; }
if [ $# -gt 0 ]; then
	files="$*"
else
	files=$(for f in *.go ken/*.go; do head -1 "$f" | grep -qx "// run" && echo "$f"; done)
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 pass=0
for f in $files; do
	n=$((n + 1))
	dir=$(dirname -- "$f")
	base=$(basename -- "$f")
	want=${f%.go}.out
	(cd -- "$dir" && timeout -k 2 "$limit" "$minigo" run "$base" >"$tmp/out" 2>&1 </dev/null)
	rc=$?
	if [ $rc -eq 0 ] && { { [ -f "$want" ] && cmp -s "$want" "$tmp/out"; } || { [ ! -f "$want" ] && [ ! -s "$tmp/out" ]; }; }; then
		pass=$((pass + 1))
		echo "PASS $f"
	else
		why=$(grep -m1 -E "minigo (cannot|does not)|error|panic|fatal" "$tmp/out" | cut -c1-150)
		[ -z "$why" ] && why="exit $rc, output differs"
		echo "FAIL $f: $why"
	fi
done
echo "run tests: $pass passed of $n"
[ "$pass" -ge "$min" ]
