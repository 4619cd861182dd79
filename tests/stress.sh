#!/usr/bin/env bash
# tests/stress.sh MINIGO [MODES]
#
# Builds every samples/NAME.go and tests/gc/NAME.go (programs about the
# collector whose -m output minigo does not match yet, so they are not
# samples; they carry only NAME.out and NAME.exit, recorded with go1.19)
# with MINIGO and runs it without stress (mode 0), then under the garbage
# collector's stress modes (runtime/gc.c): GODEBUG=gcstress=1 (every
# allocation is a GC step: a cycle starts if none runs, else a little
# marking; the heap verifier checks the tri-color invariant after each
# step, and every mark termination re-marks from the roots to check
# nothing reachable was missed) and GODEBUG=gcstress=2 (every allocation
# runs a whole verified cycle).  The program's stdout, exit status and,
# when NAME.err exists, its stderr (without frames: tools/trim-trace.awk)
# must be exactly the recorded go1.19 ones, as without stress.
#
# MODES defaults to "0 1 2".  Prints PASS/FAIL per sample and mode, then a
# count; exits 0 only if all passed.
set -u
[ $# -ge 1 ] || { echo "usage: $0 MINIGO [MODES]" >&2; exit 2; }
minigo=$1
modes=${2:-0 1 2}
case $minigo in */*) minigo=$(cd -- "$(dirname -- "$minigo")" && pwd)/$(basename -- "$minigo") ;; esac
root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd) || exit 2
tmp=$(mktemp -d) || exit 2
trap 'rm -rf -- "$tmp"' EXIT
trim_trace() { awk -f "$root/tools/trim-trace.awk"; }

passed=0
failed=0
for f in "$root"/samples/*.go "$root"/tests/gc/*.go; do
	[ -e "$f" ] || continue
	cd -- "$(dirname -- "$f")" || exit 2
	f=$(basename -- "$f")
	name=${f%.go}
	bin=$tmp/$name
	if ! "$minigo" build -o "$bin" "$f" >"$tmp/build.out" 2>&1; then
		printf 'FAIL %s (build)\n' "$name"
		failed=$((failed + 1))
		continue
	fi
	for mode in $modes; do
		if [ "$mode" = 0 ]; then
			env -u GODEBUG GOMAXPROCS=1 timeout 300 "$bin" </dev/null >"$tmp/out" 2>"$tmp/err"
		else
			GODEBUG=gcstress=$mode GOMAXPROCS=1 timeout 300 "$bin" </dev/null >"$tmp/out" 2>"$tmp/err"
		fi
		rc=$?
		why=()
		[ -e "$name.out" ] && ! cmp -s "$name.out" "$tmp/out" && why+=("stdout")
		[ -e "$name.exit" ] && [ "$rc" != "$(cat "$name.exit")" ] && why+=("exit status $rc")
		if [ -e "$name.err" ]; then
			trim_trace <"$tmp/err" >"$tmp/err.trimmed"
			cmp -s "$name.err" "$tmp/err.trimmed" || why+=("stderr")
		fi
		if [ ${#why[@]} -eq 0 ]; then
			printf 'PASS %s (gcstress=%s)\n' "$name" "$mode"
			passed=$((passed + 1))
		else
			printf 'FAIL %s (gcstress=%s: %s)\n' "$name" "$mode" "${why[*]}"
			head -n 5 "$tmp/err" | sed 's/^/    /'
			failed=$((failed + 1))
		fi
	done
done
printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
