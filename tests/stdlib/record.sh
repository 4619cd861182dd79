#!/usr/bin/env bash
# tests/stdlib/record.sh [--fresh] [--out DIR] [-P N] [PKG...]
#
# Records go1.19's answer to `go build -gcflags=-m PKG` for the packages of
# the standard library: what the std oracle (tests/stdlib/check.sh) compares
# minigo with.  Without PKG, every package of `go list std`.
#
# The environment is fixed as the oracle assumes it: GOOS=linux GOARCH=amd64
# CGO_ENABLED=0, GOFLAGS and the other knobs unset, and go runs from a
# directory outside GOROOT so that it prints file names absolute
# (/usr/lib/go-1.19/src/strconv/atoi.go:36:6: ...).
#
# Each PKG is really compiled.  go replays a compile's diagnostics from its
# build cache, and -gcflags changes only the named package's action id, so
# a private GOCACHE is first filled by `go build std` (no flags); then
# `go build -gcflags=-m PKG` must compile PKG itself (printing its -m lines)
# while its dependencies come from that cache.  --fresh gives each package
# a GOCACHE of its own, empty, instead (slower; check.sh
# --verify-recordings uses it, which keeps checking that both ways agree).
#
# Output, in DIR (default tests/stdlib/go):
#   NAME.txt      go's standard error, byte for byte (NAME is the import
#                 path with every / replaced by _; no std path has a _)
#   NAME.exit     go's exit status, only when it is not 0
# and, for a full recording, beside DIR (in tests/stdlib/):
#   packages.txt  the package list, in `go list std` order
#   recorded-with.txt   go version, GOROOT as go printed it, the environment
# A full recording first removes DIR's old files.  -P N runs N packages at
# once (default 2).
set -u

here=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd) || exit 2
self=$here/$(basename -- "${BASH_SOURCE[0]}")

unset GOFLAGS GOOS GOARCH GOAMD64 GOEXPERIMENT GOROOT GOPATH GO111MODULE GOWORK \
	GOTOOLCHAIN GOPROXY GOENV CC CGO_CFLAGS CGO_LDFLAGS
export GOOS=linux GOARCH=amd64 CGO_ENABLED=0 GOENV=off

# Internal: record one package (run by xargs below).
#   record.sh --one OUTDIR CWD CACHE|fresh PKG
if [ "${1:-}" = --one ]; then
	out=$2 cwd=$3 cache=$4 pkg=$5
	name=${pkg//\//_}
	own=
	if [ "$cache" = fresh ]; then
		cache=$(mktemp -d "$cwd/../gocache.XXXXXX") || exit 2
		own=$cache
	fi
	(cd -- "$cwd" && GOCACHE=$cache go build -gcflags=-m "$pkg" 2>"$out/$name.txt.tmp")
	rc=$?
	mv -f -- "$out/$name.txt.tmp" "$out/$name.txt"
	rm -f -- "$out/$name.exit"
	[ "$rc" -eq 0 ] || echo "$rc" >"$out/$name.exit"
	if [ -n "$own" ]; then chmod -R u+w -- "$own"; rm -rf -- "$own"; fi
	exit 0
fi

fresh= out= jobs=2
while [ $# -gt 0 ]; do
	case $1 in
	--fresh) fresh=1; shift ;;
	--out) out=$2; shift 2 ;;
	-P) jobs=$2; shift 2 ;;
	-h|--help) sed -n '2,/^set -u/p' "$self" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
	-*) echo "record.sh: unknown option $1" >&2; exit 2 ;;
	*) break ;;
	esac
done
command -v go >/dev/null 2>&1 || { echo "record.sh: go is not on PATH" >&2; exit 2; }
full=
if [ $# -eq 0 ]; then
	full=1
	set -- $(go list std) || exit 2
fi
[ -n "$out" ] || out=$here/go
mkdir -p -- "$out" || exit 2
out=$(cd -- "$out" && pwd)

tmp=$(mktemp -d) || exit 2
trap 'chmod -R u+w -- "$tmp" 2>/dev/null; rm -rf -- "$tmp"' EXIT
mkdir -p "$tmp/cwd"
goroot=$(go env GOROOT)
case $tmp/ in "$goroot"/*) echo "record.sh: the temporary directory is inside GOROOT" >&2; exit 2 ;; esac
for p in "$@"; do
	case $p in *_*) echo "record.sh: $p: a _ in an import path would make names ambiguous" >&2; exit 2 ;; esac
done

start=$(date +%s)
if [ -n "$fresh" ]; then
	cache=fresh
else
	cache=$tmp/gocache
	echo "record.sh: go build std into a private GOCACHE" >&2
	(cd "$tmp/cwd" && GOCACHE=$cache go build std) || { echo "record.sh: go build std failed" >&2; exit 2; }
fi
if [ -n "$full" ]; then
	rm -f -- "$out"/*.txt "$out"/*.exit
fi
echo "record.sh: $# packages, $jobs at a time" >&2
printf '%s\n' "$@" | xargs -P "$jobs" -n 1 "$self" --one "$out" "$tmp/cwd" "$cache" || exit 2

if [ -n "$full" ]; then
	printf '%s\n' "$@" >"$here/packages.txt"
	{
		echo "# written by tests/stdlib/record.sh; check.sh reads GOROOT from here"
		echo "go_version=$(go env GOVERSION)"
		echo "GOROOT=$goroot"
		echo "GOOS=linux GOARCH=amd64 CGO_ENABLED=0"
		echo "date=$(date -u +%Y-%m-%d)"
	} >"$here/recorded-with.txt"
fi
lines=0 nonzero=0
for p in "$@"; do
	name=${p//\//_}
	lines=$((lines + $(wc -l <"$out/$name.txt")))
	if [ -e "$out/$name.exit" ]; then
		nonzero=$((nonzero + 1))
		echo "record.sh: $p: exit $(cat "$out/$name.exit")" >&2
	fi
done
echo "record.sh: $# packages, $lines lines, $nonzero nonzero exits, $(( $(date +%s) - start )) s" >&2
