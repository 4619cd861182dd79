#!/usr/bin/env bash
# tests/gaps.sh MINIGO — programs go1.19 judges, analysed against go1.19's
# own standard library (the source pass), built over minigo's (the build
# pass).  For tests/gaps/NAME.go:
#   NAME.{m,m_l,m2_l}.txt  go1.19's `go build -gcflags=...` output (recorded
#       with --record): minigo's must begin with it byte for byte;
#   NAME.gaps  what minigo cannot build yet, in its words ("minigo cannot
#       build time.ParseDuration yet"): printed after the -m lines under
#       their own header, and alone by a plain build, exit status 2;
#   NAME.err   go1.19's errors for a program with mistakes: minigo's build
#       and run print exactly them (never a "cannot build" line).
set -u
minigo=$1
case $minigo in /*) ;; *) minigo=$PWD/$minigo ;; esac
cd "$(dirname "$0")/gaps" || exit 2
if [ "${2:-}" = --record ]; then
	for g in *.go; do
		n=${g%.go}
		[ -e "$n.err" ] && continue
		for mode in m m_l m2_l; do
			case $mode in m) f=-m ;; m_l) f="-m -l" ;; m2_l) f="-m=2 -l" ;; esac
			GOCACHE=$(mktemp -d) go build -gcflags="$f" -o /dev/null "$g" 2>"$n.$mode.txt"
		done
	done
	exit 0
fi
passed=0 failed=0
out=$(mktemp)
trap 'rm -f "$out" "$out.want"' EXIT
verdict() { # name, ok?
	if [ "$2" = 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $1"; diff "$out.want" "$out" | head -20; fi
}
for g in *.go; do
	n=${g%.go}
	if [ -e "$n.err" ]; then
		for cmd in build run; do
			if [ $cmd = build ]; then
				"$minigo" build -o /dev/null "$g" 2>"$out"
			else
				"$minigo" run "$g" >/dev/null 2>"$out"
			fi
			rc=$?
			cp "$n.err" "$out.want"
			cmp -s "$out" "$out.want" && [ $rc = 2 -o \( $cmd = run -a $rc = 1 \) ]
			verdict "$n ($cmd: go1.19's errors)" $?
		done
		continue
	fi
	gaps() { [ -e "$n.gaps" ] && { echo "# command-line-arguments"; cat "$n.gaps"; }; }
	want_rc=0; [ -e "$n.gaps" ] && want_rc=2
	for mode in m m_l m2_l; do
		[ -e "$n.$mode.txt" ] || continue
		case $mode in m) f=-m ;; m_l) f="-m -l" ;; m2_l) f="-m=2 -l" ;; esac
		"$minigo" build -o /dev/null -gcflags="$f" "$g" 2>"$out"; rc=$?
		{ cat "$n.$mode.txt"; gaps; } >"$out.want"
		cmp -s "$out" "$out.want" && [ $rc = $want_rc ]
		verdict "$n (-gcflags='$f')" $?
	done
	"$minigo" build -o /dev/null "$g" 2>"$out"; rc=$?
	gaps >"$out.want"
	cmp -s "$out" "$out.want" && [ $rc = $want_rc ]
	verdict "$n (build)" $?
done
echo "gaps: $passed passed, $failed failed"
[ "$failed" = 0 ]
