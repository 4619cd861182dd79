#!/usr/bin/env bash
# tests/check-corpus.sh [MINIGO] — the front end over Go's own test files.
#
# Runs `MINIGO check FILE.go` (parse and type-check only) over two sets of
# go1.19's test files, which real go compiles without errors:
#   -m   the errorcheck files with -m in their header (test/*.go and
#        test/fixedbugs/*.go): they expect escape-analysis diagnostics, never
#        type errors, so check must be silent on them;
#   run  the `// run` tests of test/*.go and test/ken/*.go (first line).
# Prints, for each set, the first error of every file that is not clean,
# then "SET: N clean of M".
#
# Environment: GOROOT_TEST (default: $(go env GOROOT)/test, or
# /usr/lib/go-1.19/test); CHECK_TIMEOUT seconds per file (default 20).
set -u
minigo=${1:-build/minigo}
case $minigo in */*) minigo=$(cd -- "$(dirname -- "$minigo")" && pwd)/$(basename -- "$minigo") ;; esac
root=${GOROOT_TEST:-}
if [ -z "$root" ]; then
	root=$(go env GOROOT 2>/dev/null)/test
	[ -d "$root" ] || root=/usr/lib/go-1.19/test
fi
limit=${CHECK_TIMEOUT:-20}
cd -- "$root" || { echo "check-corpus.sh: no $root" >&2; exit 2; }

mfiles=$(grep -l "errorcheck.*-m" *.go fixedbugs/*.go)
runfiles=$(for f in *.go ken/*.go; do head -1 "$f" | grep -qx "// run" && echo "$f"; done)

total_bad=0
run_set() {
	local name=$1; shift
	local n=0 clean=0 out rc
	for f in "$@"; do
		n=$((n + 1))
		out=$(timeout -k 2 "$limit" "$minigo" check "$f" 2>&1 </dev/null)
		rc=$?
		if [ $rc -eq 0 ] && [ -z "$out" ]; then
			clean=$((clean + 1))
		else
			case $rc in
			124|137) why="timed out after ${limit}s" ;;
			0|1|2) why=$(printf '%s\n' "$out" | grep -v '^#' | head -1) ;;
			*) why="crashed (status $rc): $(printf '%s\n' "$out" | head -1)" ;;
			esac
			printf '%s %s: %s\n' "$name" "$f" "$why"
		fi
	done
	printf '%s: %d clean of %d\n' "$name" "$clean" "$n" >>"$summary"
	total_bad=$((total_bad + n - clean))
}
summary=$(mktemp)
trap 'rm -f "$summary"' EXIT
run_set -m $mfiles
run_set run $runfiles
cat "$summary"
[ $total_bad -eq 0 ]
