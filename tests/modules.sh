#!/bin/bash
# Modules: the go command's ways of naming packages (driver/module.c).
# Each line of tests/modules/cases.txt is `DIR | COMMAND ARGS...`: the
# command runs in tests/modules/DIR as `minigo COMMAND ARGS...`, and its
# standard output and error together, then its exit status, must equal
# what `go COMMAND ARGS...` printed there (recorded in
# tests/modules/expected/N.txt by `tests/modules.sh MINIGO --record`, with
# a fresh GOCACHE and -p 1, go's one deterministic order of packages).
#
# usage: tests/modules.sh path/to/minigo [--record]
set -u
M=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
RECORD=${2:-}
cd "$(dirname "$0")/modules"
HERE=$PWD
mkdir -p expected
pass=0
fail=0
n=0
while IFS= read -r line; do
    case $line in '' | '#'*) continue ;; esac
    n=$((n + 1))
    dir=${line%% | *}
    cmd=${line#* | }
    if [ "$RECORD" = --record ]; then
        gc=$(mktemp -d)
        (cd "$HERE/$dir" && eval "GOCACHE=$gc GOFLAGS=-p=1 go $cmd" > "$HERE/expected/$n.txt" 2>&1
         echo "exit $?" >> "$HERE/expected/$n.txt")
        rm -rf "$gc"
        continue
    fi
    # absolute paths name the tree the test runs in, not the recording's
    got=$(cd "$HERE/$dir" && eval "\"$M\" $cmd" 2>&1; echo "exit $?")
    got=${got//$HERE/@MODULES@}
    want=$(sed 's|/[^ :]*/tests/modules|@MODULES@|g' "expected/$n.txt")
    if [ "$got" = "$want" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $n: ($dir) $cmd"
        diff <(echo "$got") <(echo "$want") | head -10
    fi
done < cases.txt
# a command's binary, named after its import path's last element
rm -f m1/m1 m1/hello m1/cmd/hello/hello
[ "$RECORD" = --record ] && exit 0
echo "modules: $pass passed, $fail failed of $n"
[ $fail -eq 0 ]
