#!/usr/bin/env bash
# tests/stdlib/files.sh MINIGO      check the loader's choice of files
# tests/stdlib/files.sh --record    record go1.19's
#
# For every package of `go list std` (CGO_ENABLED=0, linux/amd64), the Go
# files go/build chooses (file-name suffixes, //go:build lines, cgo files
# left out, package documentation ignored), as
#     go list -f '{{.ImportPath}}: {{join .GoFiles " "}}' std
# prints them, recorded in tests/stdlib/gofiles.txt; `minigo list` prints
# the same for the loader (driver/loader.c) and must agree on every
# package.  When go is on PATH the recording is checked against a fresh
# one.
set -u
root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd) || exit 2
want=$root/tests/stdlib/gofiles.txt
norm() { sed 's/: *$/:/'; }
golist() {
	(cd / && env -u GOFLAGS CGO_ENABLED=0 GOOS=linux GOARCH=amd64 \
		go list -f '{{.ImportPath}}: {{join .GoFiles " "}}' std) | norm
}
if [ "${1:-}" = --record ]; then
	golist > "$want" || exit 1
	echo "recorded $(wc -l < "$want") packages in $want"
	exit 0
fi
[ $# -eq 1 ] || { echo "usage: $0 MINIGO | --record" >&2; exit 2; }
minigo=$(cd -- "$(dirname -- "$1")" && pwd)/$(basename -- "$1")
tmp=$(mktemp -d) || exit 2
trap 'rm -rf -- "$tmp"' EXIT
status=0
if command -v go >/dev/null 2>&1; then
	golist > "$tmp/fresh" && if ! cmp -s "$tmp/fresh" "$want"; then
		echo "FAIL stale recording tests/stdlib/gofiles.txt (go list std differs):"
		diff "$want" "$tmp/fresh" | head -5
		status=1
	fi
fi
(cd / && "$minigo" list $(cut -d: -f1 "$want")) 2>"$tmp/err" | norm > "$tmp/got"
if cmp -s "$want" "$tmp/got"; then
	echo "std files: the loader chooses go list's files for all $(wc -l < "$want") packages"
else
	n=$(diff <(sort "$want") <(sort "$tmp/got") | grep -c '^>')
	echo "FAIL std files: $n of $(wc -l < "$want") packages differ from go list's choice:"
	diff "$want" "$tmp/got" | head -10
	head -3 "$tmp/err"
	status=1
fi
exit $status
