#!/bin/bash
# The cache of analysed packages (driver/cache.c): a build with a cold
# cache, one with a warm cache and one without a cache print the same -m,
# -m -l and -m=2 -l lines; every entry equals what a full analysis
# computes again (MINIGOCACHE_VERIFY=1); a damaged entry is a miss and is
# written again; MINIGOCACHE=off writes nothing; `minigo clean -cache`
# empties the cache.  That the lines are go1.19's is the other suites'
# business: they run with a cache that warms as they go.
#
# usage: tests/cache.sh path/to/minigo
set -u
M=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$(dirname "$0")/.."
ROOT=$PWD
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
PROGS="samples/std_fmt_strings.go samples/std_inlined_common.go samples/std_inlined_bodies.go tests/gaps/net_http_user.go"
fail=0
bad() { echo "FAIL $*"; fail=$((fail + 1)); }

# -m lines of one program, in its directory, as the other suites run it
lines() { # CACHE FLAGS PROG
    (cd "$(dirname "$3")" && MINIGOCACHE=$1 "$M" build -gcflags="$2" -o /dev/null "$(basename "$3")" 2>&1 | grep -v '^minigo cannot build')
}

for p in $PROGS; do
    for fl in "-m" "-m -l" "-m=2 -l"; do
        lines off "$fl" "$p" > "$T/off"
        lines "$T/c" "$fl" "$p" > "$T/cold"
        lines "$T/c" "$fl" "$p" > "$T/warm"
        [ -s "$T/off" ] || bad "$p $fl: no output"
        cmp -s "$T/off" "$T/cold" || { bad "$p $fl: cold cache differs from no cache"; diff "$T/off" "$T/cold" | head -5; }
        cmp -s "$T/off" "$T/warm" || { bad "$p $fl: warm cache differs from no cache"; diff "$T/off" "$T/warm" | head -5; }
    done
done
n=$(ls "$T"/c/*/ | wc -l)
[ "$n" -gt 100 ] || bad "only $n entries after importing net/http"

# every entry is what the analysis computes again
for p in $PROGS; do
    (cd "$(dirname "$p")" && MINIGOCACHE=$T/c MINIGOCACHE_VERIFY=1 "$M" build -gcflags=-m -o /dev/null "$(basename "$p")" > "$T/v" 2>&1)
    ! grep 'cache entry' "$T/v" || bad "$p: MINIGOCACHE_VERIFY=1 found an entry that differs"
    lines off -m "$p" | cmp -s - <(grep -v '^minigo cannot build' "$T/v") || bad "$p: MINIGOCACHE_VERIFY=1 changed the output"
done

# a damaged entry (fmt's, cut short) is read as a miss and written again
e=$(grep -l '^path fmt$' "$T"/c/*/*)
head -c 200 "$e" > "$T/cut" && cp "$T/cut" "$e"
lines "$T/c" "-m" samples/std_fmt_strings.go > "$T/again"
lines off "-m" samples/std_fmt_strings.go > "$T/off"
cmp -s "$T/off" "$T/again" || bad "a damaged entry changed the output"
[ "$(wc -c < "$e")" -gt 200 ] || bad "a damaged entry was not written again"

# off writes nothing; clean -cache empties
MINIGOCACHE=off "$M" build -gcflags=-m -o /dev/null samples/std_fmt_strings.go > /dev/null 2>&1
[ -e off ] && bad "MINIGOCACHE=off made a directory named off"
MINIGOCACHE=$T/c "$M" clean -cache
[ -z "$(ls "$T/c")" ] || bad "clean -cache left entries"

echo "cache: $n entries; $(echo $PROGS | wc -w) programs x 3 modes identical with and without the cache; $fail failures"
[ $fail -eq 0 ]
