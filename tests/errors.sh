#!/usr/bin/env bash
# tests/errors.sh MINIGO
#
# Compile-error conformance. For every tests/errors/NAME.go runs, inside
# tests/errors/,
#     MINIGO build -o /dev/null NAME.go
# and compares its stderr with NAME.err byte for byte and its exit status with
# NAME.status (both recorded from go1.19 by tools/record-errors.sh).
#
# Each file is classified:
#   EXACT  stderr and exit status both identical to go's;
#   LINE   not exact, but MINIGO failed (non-zero status) and its first
#          "./NAME.go:LINE:" line has the same LINE as the first such line in
#          NAME.err (a "NAME.go:LINE:" line without "./" counts too, as go
#          prints for a missing package clause). A recording with no such
#          line (e.g. a link error) can only be EXACT or FAIL;
#   FAIL   anything else (also: missing recording, timeout).
#
# Prints one line per file ("EXACT NAME", "LINE NAME", "FAIL NAME (why)"), then
#     errors: E exact, L same-line, F failed of N (P% exact)
#     PASSED passed, F failed            (PASSED = E + L)
# P is 100*E/N rounded down.
#
# Environment:
#   ERRORS_MIN_EXACT  exit 1 if P < this integer percentage (default 0)
#   ERRORS_MAX_FAIL   exit 1 if F > this number (default: unset, never)
#   ERRORS_DIFF       show up to this many lines of unified diff under each
#                     non-exact file (default 0: none)
#   ERRORS_TIMEOUT    seconds allowed per build, if timeout(1) exists (default 30)
# MINIGO runs with stdin from /dev/null and with GOCACHE set to a fresh,
# empty directory (so a stand-in that calls the real go behaves as recorded).
# Exit status: 0 ok, 1 threshold not met, 2 usage or setup error.
set -u

usage() { printf 'usage: %s MINIGO\n' "$0" >&2; exit 2; }
[ $# -eq 1 ] || usage

minigo=$1
case $minigo in
*/*) [ -e "$minigo" ] && minigo=$(cd -- "$(dirname -- "$minigo")" && pwd)/$(basename -- "$minigo") ;;
*) minigo=$(command -v -- "$minigo" || printf '%s' "$minigo") ;;
esac

min_exact=${ERRORS_MIN_EXACT:-0}
max_fail=${ERRORS_MAX_FAIL:-}
diff_lines=${ERRORS_DIFF:-0}
limit=${ERRORS_TIMEOUT:-30}
isnum() { case $1 in ''|*[!0-9]*) return 1 ;; esac; return 0; }
isnum "$min_exact" || { echo "errors.sh: ERRORS_MIN_EXACT must be a whole number" >&2; exit 2; }
[ -z "$max_fail" ] || isnum "$max_fail" || { echo "errors.sh: ERRORS_MAX_FAIL must be a whole number" >&2; exit 2; }
isnum "$diff_lines" || { echo "errors.sh: ERRORS_DIFF must be a whole number" >&2; exit 2; }
isnum "$limit" || { echo "errors.sh: ERRORS_TIMEOUT must be a whole number" >&2; exit 2; }

script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd) || exit 2
errors_dir=$script_dir/errors

tmp=$(mktemp -d) || { echo "errors.sh: mktemp failed" >&2; exit 2; }
cleanup() { chmod -R u+w -- "$tmp" 2>/dev/null; rm -rf -- "$tmp"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p -- "$tmp/gocache" || exit 2
export GOCACHE=$tmp/gocache

runner=()
if command -v timeout >/dev/null 2>&1; then
	runner=(timeout -k 5 "$limit")
fi

# first_line FILE NAME: the LINE of the first "./NAME.go:LINE:" (or
# "NAME.go:LINE:") line in FILE, or nothing.
first_line() {
	awk -v p1="./$2.go:" -v p2="$2.go:" '
		{
			rest = ""
			if (substr($0, 1, length(p1)) == p1) rest = substr($0, length(p1) + 1)
			else if (substr($0, 1, length(p2)) == p2) rest = substr($0, length(p2) + 1)
			if (rest ~ /^[0-9]+:/) { sub(/:.*/, "", rest); print rest; exit }
		}' "$1"
}

cd -- "$errors_dir" || { echo "errors.sh: no $errors_dir" >&2; exit 2; }
shopt -s nullglob
files=(*.go)
total=${#files[@]}
if [ "$total" -eq 0 ]; then
	echo "errors.sh: no tests/errors/*.go" >&2
	exit 2
fi

exact=0 same=0 failed=0
for f in "${files[@]}"; do
	name=${f%.go}
	if [ ! -f "$name.err" ] || [ ! -f "$name.status" ]; then
		printf 'FAIL %s (no recording: run tools/record-errors.sh)\n' "$name"
		failed=$((failed + 1))
		continue
	fi
	want_rc=$(tr -d ' \n' <"$name.status")
	got=$tmp/got.err
	"${runner[@]}" "$minigo" build -o /dev/null "$f" </dev/null >/dev/null 2>"$got"
	rc=$?

	if [ ${#runner[@]} -gt 0 ] && { [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; } && [ "$want_rc" != "$rc" ]; then
		printf 'FAIL %s (timed out after %ss)\n' "$name" "$limit"
		failed=$((failed + 1))
		continue
	fi

	if [ "$rc" = "$want_rc" ] && cmp -s -- "$name.err" "$got"; then
		printf 'EXACT %s\n' "$name"
		exact=$((exact + 1))
		continue
	fi

	want_line=$(first_line "$name.err" "$name")
	got_line=$(first_line "$got" "$name")
	if [ "$rc" -ne 0 ] && [ -n "$want_line" ] && [ "$got_line" = "$want_line" ]; then
		if [ "$rc" = "$want_rc" ]; then
			printf 'LINE %s\n' "$name"
		else
			printf 'LINE %s (exit status %s, want %s)\n' "$name" "$rc" "$want_rc"
		fi
		same=$((same + 1))
	else
		why=()
		[ "$rc" = "$want_rc" ] || why+=("exit status $rc, want $want_rc")
		if [ -z "$want_line" ]; then
			why+=("stderr differs")
		elif [ -z "$got_line" ]; then
			why+=("no error at ./$name.go:LINE:, want line $want_line")
		else
			why+=("first error on line $got_line, want line $want_line")
		fi
		msg=${why[0]}
		[ ${#why[@]} -lt 2 ] || msg="$msg; ${why[1]}"
		printf 'FAIL %s (%s)\n' "$name" "$msg"
		failed=$((failed + 1))
	fi
	if [ "$diff_lines" -gt 0 ]; then
		diff -u --label "$name.err" --label "minigo" -- "$name.err" "$got" |
			head -n "$diff_lines" | sed 's/^/    /'
	fi
done

pct=$((exact * 100 / total))
printf 'errors: %d exact, %d same-line, %d failed of %d (%d%% exact)\n' \
	"$exact" "$same" "$failed" "$total" "$pct"
printf '%d passed, %d failed\n' "$((exact + same))" "$failed"

status=0
if [ $((exact * 100)) -lt $((min_exact * total)) ]; then
	printf 'errors.sh: %d%% exact is below ERRORS_MIN_EXACT=%s\n' "$pct" "$min_exact" >&2
	status=1
fi
if [ -n "$max_fail" ] && [ "$failed" -gt "$max_fail" ]; then
	printf 'errors.sh: %d failed is above ERRORS_MAX_FAIL=%s\n' "$failed" "$max_fail" >&2
	status=1
fi
exit $status
