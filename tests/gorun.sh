#!/usr/bin/env bash
# tests/gorun.sh [--record] MINIGO — programs whose run must match go1.19's.
#
# Each tests/run/NAME.go is built and run by minigo; its stdout, exit
# status and stderr (without traceback frames: tools/trim-trace.awk)
# must equal NAME.out, NAME.exit and NAME.err
# (.err only when the program writes to stderr), recorded from go1.19 by
# `tests/gorun.sh --record` (go build, then run).  Unlike samples/, the
# escape diagnostics are not compared: these programs test what the code
# does (closures, defer, panics), where minigo's -m=2 explanations and
# gc's closure inlining reports still differ.
set -u
record=
[ "${1:-}" = --record ] && { record=1; shift; }
minigo=${1:-build/minigo}
case $minigo in */*) minigo=$(cd -- "$(dirname -- "$minigo")" && pwd)/$(basename -- "$minigo") ;; esac
cd -- "$(dirname -- "$0")/run" || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
trim_trace() { awk -f ../../tools/trim-trace.awk; }
pass=0 fail=0
for f in *.go; do
	name=${f%.go}
	if [ -n "$record" ]; then
		(unset GOFLAGS GODEBUG GOGC GOTRACEBACK; CGO_ENABLED=0 go build -o "$tmp/prog" "$f") || exit 1
		timeout 60 "$tmp/prog" </dev/null >"$name.out" 2>"$tmp/err"
		printf '%d\n' "$?" >"$name.exit"
		if [ -s "$tmp/err" ]; then trim_trace <"$tmp/err" >"$name.err"; else rm -f "$name.err"; fi
		continue
	fi
	why=
	if ! "$minigo" build -o "$tmp/prog" "$f" </dev/null >"$tmp/build.out" 2>&1; then
		why="build: $(head -2 "$tmp/build.out" | tr '\n' ' ')"
	else
		timeout 60 "$tmp/prog" </dev/null >"$tmp/out" 2>"$tmp/err"
		printf '%d\n' "$?" >"$tmp/exit"
		trim_trace <"$tmp/err" >"$tmp/err.trimmed"
		cmp -s "$name.out" "$tmp/out" || { why="stdout"; diff "$name.out" "$tmp/out" | head -10; }
		cmp -s "$name.exit" "$tmp/exit" || why="$why exit $(cat "$tmp/exit"), want $(cat "$name.exit")"
		if [ -e "$name.err" ]; then
			cmp -s "$name.err" "$tmp/err.trimmed" || { why="$why stderr"; diff "$name.err" "$tmp/err.trimmed" | head -10; }
		elif [ -s "$tmp/err" ]; then
			why="$why unexpected stderr: $(head -1 "$tmp/err")"
		fi
	fi
	if [ -z "$why" ]; then
		pass=$((pass + 1)); echo "PASS $name"
	else
		fail=$((fail + 1)); echo "FAIL $name ($why)"
	fi
done
[ -n "$record" ] && exit 0
echo "run programs: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
