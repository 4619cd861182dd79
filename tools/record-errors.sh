#!/usr/bin/env bash
# record-errors.sh [OUTDIR]
#
# Records go1.19's compiler output for every tests/errors/NAME.go into OUTDIR
# (default: tests/errors itself):
#   NAME.err     the exact stderr of  go build -o /dev/null NAME.go
#   NAME.status  its exit status, a number and a newline
#
# Each build runs inside tests/errors (so positions read ./NAME.go:L:C) with a
# fresh, empty GOCACHE. Every program in the corpus must fail to compile: a
# file that builds is reported and makes this script exit 1.
# Works from any current directory.
set -u

die() { printf 'record-errors: %s\n' "$*" >&2; exit 1; }

command -v go >/dev/null 2>&1 || die "go not found on PATH"

script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd) || die "cannot find script dir"
errors_dir=$(cd -- "$script_dir/../tests/errors" && pwd) || die "cannot find tests/errors/"

outdir=${1:-$errors_dir}
mkdir -p -- "$outdir" || die "cannot create $outdir"
outdir=$(cd -- "$outdir" && pwd) || die "cannot enter $outdir"

work=$(mktemp -d) || die "mktemp failed"
cleanup() { chmod -R u+w -- "$work" 2>/dev/null; rm -rf -- "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# Keep the environment from changing what go prints.
unset GOFLAGS GOOS GOARCH GOAMD64 GOEXPERIMENT GODEBUG GOGC GOTRACEBACK
export CGO_ENABLED=0

cd -- "$errors_dir" || die "cannot cd to $errors_dir"
shopt -s nullglob
files=(*.go)
[ ${#files[@]} -gt 0 ] || die "no tests/errors/*.go"

status=0
for f in "${files[@]}"; do
	name=${f%.go}
	case $f in
	-*) printf 'record-errors: skipping %s (name starts with -)\n' "$f" >&2; status=1; continue ;;
	esac
	cache=$(mktemp -d "$work/gocache.XXXXXX") || die "mktemp failed"
	GOCACHE=$cache go build -o /dev/null "$f" 2>"$outdir/$name.err"
	rc=$?
	chmod -R u+w -- "$cache" 2>/dev/null
	rm -rf -- "$cache"
	printf '%d\n' "$rc" >"$outdir/$name.status"
	if [ "$rc" -eq 0 ]; then
		printf 'record-errors: %s compiled without error\n' "$f" >&2
		status=1
	fi
done
exit $status
