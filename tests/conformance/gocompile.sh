#!/bin/sh
# tests/conformance/gocompile.sh — the real gc in minigo's clothes, to check
# the conformance harness itself:
#     python3 tests/conformance/errorcheck.py tests/conformance/gocompile.sh
# must pass every file.  errorcheck.py runs `COMPILER tool compile ARGS...`;
# this runs `go tool compile ARGS...`.
[ "$1" = tool ] && [ "$2" = compile ] || { echo "usage: $0 tool compile args..." >&2; exit 2; }
shift 2
exec go tool compile "$@"
