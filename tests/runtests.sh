#!/usr/bin/env bash
# tests/runtests.sh [MINIGO] [FILE...] — go1.19's `// run` tests, run by minigo.
#
# The rules are those of gc's test/run.go for a `// run` test: the program
# is built and run (`minigo run FILE.go`, from the test's directory); it
# passes when it exits with status 0 and its standard output and standard
# error together equal FILE.out (or are empty when there is no .out file).
# The set is every test/*.go and test/ken/*.go whose first line is exactly
# `// run` (163 files in go1.19).  As in run.go, a file whose build
# constraints (`// +build`, `//go:build`) exclude linux/amd64 is skipped,
# and programs run with GOOS and GOARCH in their environment.  Passing `go`
# as MINIGO runs the same harness with `go run` (go1.19 itself).
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
# build constraints of the file's header, evaluated for linux/amd64/gc
build_ok() {
	python3 - "$1" <<'EOF'
import re, sys
tags = {"linux", "amd64", "unix", "gc", "cgo"} | {"go1.%d" % i for i in range(1, 20)}
def term(t):
    t = t.strip()
    return (t[1:] not in tags) if t.startswith("!") else (t in tags)
ok = True
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    if line.startswith("package "):
        break
    if line.startswith("//go:build "):
        e = line[len("//go:build "):].strip()
        e = re.sub(r"[A-Za-z0-9_.]+", lambda m: str(m.group(0) in tags), e)
        e = e.replace("&&", " and ").replace("||", " or ").replace("!", " not ")
        ok = ok and eval(e)
    elif line.startswith("// +build "):
        ok = ok and any(all(term(t) for t in opt.split(",")) for opt in line[len("// +build "):].split())
sys.exit(0 if ok else 1)
EOF
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 pass=0 skip=0
export GOOS=linux GOARCH=amd64
if [ "$minigo" = go ]; then runner="go run"; else runner="$minigo run"; fi
for f in $files; do
	if ! build_ok "$f"; then
		skip=$((skip + 1))
		echo "SKIP $f (build constraints)"
		continue
	fi
	n=$((n + 1))
	dir=$(dirname -- "$f")
	base=$(basename -- "$f")
	want=${f%.go}.out
	(cd -- "$dir" && timeout -k 2 "$limit" $runner "$base" >"$tmp/out" 2>&1 </dev/null)
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
echo "run tests: $pass passed of $n ($skip skipped by build constraints)"
[ "$pass" -ge "$min" ]
