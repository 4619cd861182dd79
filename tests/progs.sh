#!/usr/bin/env bash
# tests/progs.sh MINIGO — programs that minigo must run as go1.19 does,
# without the escape-analysis outputs samples/ also checks: for each
# tests/progs/NAME.go, `minigo build` then run; stdout must equal NAME.out,
# the exit status NAME.exit, and stderr (without traceback frames:
# tools/trim-trace.awk) NAME.err or be empty.  The expectations are recorded from go:
#   go build -o prog NAME.go && ./prog >NAME.out 2>err; echo $? >NAME.exit
set -u
minigo=${1:-build/minigo}
cd -- "$(dirname -- "$0")/progs" || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
for f in *.go; do
	b=${f%.go}
	if ! "$minigo" build -o "$tmp/prog" "$f" 2>"$tmp/cerr"; then
		echo "FAIL $f: $(head -2 "$tmp/cerr" | tr '\n' ' ')"
		fail=$((fail + 1))
		continue
	fi
	timeout 20 "$tmp/prog" >"$tmp/out" 2>"$tmp/err0" </dev/null
	rc=$?
	awk -f ../../tools/trim-trace.awk "$tmp/err0" >"$tmp/err"
	want_err=/dev/null
	[ -f "$b.err" ] && want_err=$b.err
	if [ "$rc" = "$(cat "$b.exit")" ] && cmp -s "$b.out" "$tmp/out" && cmp -s "$want_err" "$tmp/err"; then
		pass=$((pass + 1))
	else
		echo "FAIL $f: exit $rc (want $(cat "$b.exit"))"
		diff "$b.out" "$tmp/out" | head -5
		diff "$want_err" "$tmp/err" | head -5
		fail=$((fail + 1))
	fi
done
echo "progs: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
