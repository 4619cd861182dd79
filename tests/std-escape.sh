#!/usr/bin/env bash
# tests/std-escape.sh MINIGO        check
# tests/std-escape.sh --record      record go1.19's output
#
# The escape summaries of std/: tests/std/PKG.go (written by
# tools/std-escape-test.py from std/PKG.go) calls every function and method
# minigo declares, once from a wrapper that hands it its own parameters (so
# the wrapper's summary is the callee's) and once with locals' addresses and
# fresh values.  For each file, minigo's stderr of
#     build -gcflags='-m -l' PKG.go    and    build -gcflags='-m=2 -l' PKG.go
# (a package that is not main: analysed, not linked) must equal go1.19's,
# recorded beside it as PKG.m_l.txt and PKG.m2_l.txt.  With --record, go
# writes those files (with a fresh GOCACHE each time, as go build replays or
# drops -m output from its cache).  When go is on PATH, a check also
# re-records into a temporary directory and reports stale recordings.
#
# Prints "PASS PKG" or "FAIL PKG (...)" with a short diff, then a total;
# exits 0 only when every file passed.
set -u

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd) || exit 2
dir=$root/tests/std
tmp=$(mktemp -d) || exit 2
trap 'chmod -R u+w -- "$tmp" 2>/dev/null; rm -rf -- "$tmp"' EXIT

FLAGS=("-m -l:m_l" "-m=2 -l:m2_l")

# record OUTDIR: go1.19's output for every file.
record() {
	local out=$1 f name fl cache
	unset GOFLAGS GOOS GOARCH GOAMD64 GOEXPERIMENT
	export CGO_ENABLED=0
	for f in "$dir"/*.go; do
		name=$(basename -- "$f" .go)
		for fl in "${FLAGS[@]}"; do
			cache=$(mktemp -d "$tmp/gocache.XXXXXX")
			(cd -- "$dir" && GOCACHE=$cache go build -gcflags="${fl%%:*}" "./$name.go" 2>"$out/$name.${fl##*:}.txt")
			chmod -R u+w -- "$cache"; rm -rf -- "$cache"
		done
	done
}

if [ "${1:-}" = --record ]; then
	command -v go >/dev/null 2>&1 || { echo "std-escape.sh: go not on PATH" >&2; exit 2; }
	record "$dir"
	exit 0
fi
[ $# -eq 1 ] || { echo "usage: $0 MINIGO | --record" >&2; exit 2; }
minigo=$(cd -- "$(dirname -- "$1")" && pwd)/$(basename -- "$1")

fresh=
if command -v go >/dev/null 2>&1; then
	fresh=$tmp/fresh
	mkdir -p "$fresh"
	record "$fresh"
fi

passed=0 failed=0 total=0
for f in "$dir"/*.go; do
	name=$(basename -- "$f" .go)
	reasons=()
	for fl in "${FLAGS[@]}"; do
		ext=${fl##*:}.txt
		rec=$dir/$name.$ext
		if [ ! -e "$rec" ]; then
			reasons+=("missing $name.$ext")
			continue
		fi
		if [ -n "$fresh" ] && ! cmp -s -- "$rec" "$fresh/$name.$ext"; then
			reasons+=("stale recording $name.$ext")
			diff -u -- "$rec" "$fresh/$name.$ext" | head -n 10 | sed 's/^/    /'
		fi
		(cd -- "$dir" && "$minigo" build -gcflags="${fl%%:*}" "./$name.go" 2>"$tmp/out" >/dev/null)
		if ! cmp -s -- "$rec" "$tmp/out"; then
			reasons+=("${fl%%:*}")
			diff -u --label "go1.19/$name.$ext" --label "minigo/$name.$ext" -- "$rec" "$tmp/out" |
				head -n 20 | sed 's/^/    /'
		fi
	done
	total=$((total + $(grep -c '^func call_' "$f")))
	if [ ${#reasons[@]} -eq 0 ]; then
		echo "PASS $name"
		passed=$((passed + 1))
	else
		msg=${reasons[0]}
		for r in "${reasons[@]:1}"; do msg="$msg; $r"; done
		echo "FAIL $name ($msg)"
		failed=$((failed + 1))
	fi
done
echo "std escape summaries: $passed passed, $failed failed ($total functions and methods)"
[ "$failed" -eq 0 ]
