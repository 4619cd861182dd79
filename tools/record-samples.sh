#!/usr/bin/env bash
# record-samples.sh [OUTDIR [NAME.go...]]
#
# Records the reference (go1.19) outputs of every samples/*.go (or only of
# the samples named) into OUTDIR (default: the samples directory itself;
# `record-samples.sh '' new.go` records one new sample in place).
# For samples/NAME.go it writes:
#   NAME.m_l.txt   stderr of  go build -gcflags='-m -l'   -o /dev/null NAME.go
#   NAME.m2_l.txt  stderr of  go build -gcflags='-m=2 -l' -o /dev/null NAME.go
#   NAME.m.txt     stderr of  go build -gcflags=-m        -o /dev/null NAME.go
#   NAME.out       stdout of the built program
#   NAME.exit      its exit status, a number and a newline
#   NAME.err       its stderr without the frames of its tracebacks
#                  (tools/trim-trace.awk; only when the program wrote to
#                  stderr, e.g. a panic or a deadlock)
#
# Programs run with GOMAXPROCS=1: minigo schedules goroutines as go1.19
# does with one P, so a concurrent sample's output is compared with that.
#
# Every build runs inside the samples directory (so positions read
# ./NAME.go:L:C) with a fresh, empty GOCACHE: with a warm cache go build
# replays or omits the -m output.
set -u

die() { printf 'record-samples: %s\n' "$*" >&2; exit 1; }

command -v go >/dev/null 2>&1 || die "go not found on PATH"

script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd) || die "cannot find script dir"
samples_dir=$(cd -- "$script_dir/../samples" && pwd) || die "cannot find samples/"

outdir=${1:-$samples_dir}
[ $# -gt 0 ] && shift
mkdir -p -- "$outdir" || die "cannot create $outdir"
outdir=$(cd -- "$outdir" && pwd) || die "cannot enter $outdir"

work=$(mktemp -d) || die "mktemp failed"
trap 'rm -rf -- "$work"' EXIT

# Keep the environment from changing what go prints.
unset GOFLAGS GOOS GOARCH GOAMD64 GOEXPERIMENT GODEBUG GOGC GOTRACEBACK
export CGO_ENABLED=0 GOMAXPROCS=1

trim_trace() { awk -f "$script_dir/trim-trace.awk"; }

# gobuild OUTFILE ARGS...: go build with a fresh GOCACHE, stderr to OUTFILE.
gobuild() {
	local errfile=$1; shift
	local cache
	cache=$(mktemp -d "$work/gocache.XXXXXX") || die "mktemp failed"
	GOCACHE=$cache go build "$@" 2>"$errfile"
	local rc=$?
	chmod -R u+w -- "$cache" 2>/dev/null
	rm -rf -- "$cache"
	return $rc
}

cd -- "$samples_dir" || die "cannot cd to $samples_dir"
shopt -s nullglob
files=(*.go)
[ $# -gt 0 ] && files=("$@")
[ ${#files[@]} -gt 0 ] || die "no samples/*.go"

status=0
for f in "${files[@]}"; do
	name=${f%.go}
	case $f in
	-*) printf 'record-samples: skipping %s (name starts with -)\n' "$f" >&2; status=1; continue ;;
	esac
	gobuild "$outdir/$name.m_l.txt"  -gcflags='-m -l'   -o /dev/null "$f"
	gobuild "$outdir/$name.m2_l.txt" -gcflags='-m=2 -l' -o /dev/null "$f"
	gobuild "$outdir/$name.m.txt"    -gcflags=-m        -o /dev/null "$f"

	bin=$work/prog
	rm -f -- "$bin"
	if ! gobuild "$work/build.err" -o "$bin" "$f"; then
		printf 'record-samples: %s does not build:\n' "$f" >&2
		cat -- "$work/build.err" >&2
		status=1
		[ -n "${RECORD_MARKERS:-}" ] && : >"$outdir/$name.done"
		continue
	fi
	timeout 60 "$bin" </dev/null >"$outdir/$name.out" 2>"$work/run.err"
	printf '%d\n' "$?" >"$outdir/$name.exit"
	if [ -s "$work/run.err" ]; then
		trim_trace <"$work/run.err" >"$outdir/$name.err"
	else
		rm -f -- "$outdir/$name.err"
	fi
	# RECORD_MARKERS=1: NAME.done says NAME is recorded (tests/samples.sh
	# compares while recording goes on)
	[ -n "${RECORD_MARKERS:-}" ] && : >"$outdir/$name.done"
done
exit $status
