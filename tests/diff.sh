#!/usr/bin/env bash
# tests/diff.sh MINIGO — `minigo diff` against real go on a sample: with
# -m -l and with -m (where minigo matches go1.19) it must report no
# difference and exit 0; with -m=2 (gc then prints each inlinable body,
# which minigo does not yet) it must show the differing lines and exit 1.
# Without go it must say so and exit 2.
set -u
minigo=$1
cd "$(dirname "$0")/../samples" || exit 2
passed=0 failed=0
check() { # name, condition
	if eval "$2"; then passed=$((passed + 1)); echo "PASS $1"; else failed=$((failed + 1)); echo "FAIL $1"; fi
}
if command -v go >/dev/null 2>&1; then
	out=$("$minigo" diff -gcflags='-m -l' make_size.go); rc=$?
	check "identical with -m -l" '[ $rc = 0 ] && [ "$out" = "minigo diff: 7 matched, 0 missing, 0 extra, 0 order-only" ]'
	out=$("$minigo" diff -gcflags=-m make_size.go); rc=$?
	check "identical with -m" '[ $rc = 0 ] && [ "$out" = "minigo diff: 15 matched, 0 missing, 0 extra, 0 order-only" ]'
	out=$("$minigo" diff -gcflags=-m=2 make_size.go); rc=$?
	check "differs with -m=2" '[ $rc = 1 ] && printf "%s\n" "$out" | grep -q "^-./make_size.go:33:21:     from fmt.a := ... argument (assign-pair)" && printf "%s\n" "$out" | tail -1 | grep -q "[1-9][0-9]* missing"'
fi
out=$(PATH=/nonexistent "$minigo" diff make_size.go 2>&1); rc=$?
check "explains a missing go" '[ $rc = 2 ] && printf "%s\n" "$out" | grep -q "go command is not in PATH"'
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
