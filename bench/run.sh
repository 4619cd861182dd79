#!/usr/bin/env bash
# bench/run.sh — minigo beside go1.19 on the same generated programs, on the
# same machine, in the same run.  See bench/README.md.
#
# usage: bench/run.sh [all|frontend|escape|programs|goroutines]
# environment: RUNS (default 5), FE_LINES (default 100000),
#              ESC_SIZES (default "10000 100000"), MINIGO (default build/minigo),
#              PERF=0 to skip the stage-by-stage profile,
#              PROGRAMS: the programs of bench/programs/ to run, by name
#              without .go, shell patterns allowed (default all of them;
#              `goroutines` is `programs` with PROGRAMS='conc_*')
#
# Every figure is a median over RUNS runs; every minigo figure is printed
# beside go's and as a ratio minigo/go.  The table goes to standard output
# and to bench/results/DATE.txt.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
WHAT=${1:-all}
RUNS=${RUNS:-5}
FE_LINES=${FE_LINES:-100000}
ESC_SIZES=${ESC_SIZES:-"10000 100000"}
MINIGO=${MINIGO:-$ROOT/build/minigo}
case $WHAT in all | frontend | escape | programs) ;;
goroutines)
    WHAT=programs
    PROGRAMS=${PROGRAMS:-conc_*}
    ;;
*)
    echo "usage: bench/run.sh [all|frontend|escape|programs|goroutines]" >&2
    exit 2
    ;;
esac
PROGRAMS=${PROGRAMS:-*}

# ---- tools ----

SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
if [ ! -x /usr/bin/time ] || ! command -v hyperfine >/dev/null; then
    echo "bench: installing hyperfine and time (apt-get)" >&2
    $SUDO apt-get install -y -qq hyperfine time >/dev/null 2>&1 ||
        echo "bench: apt-get failed; timing with /usr/bin/time if present" >&2
fi
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench: python3 is needed for the generators" >&2; exit 1; }
command -v go >/dev/null || { echo "bench: go is missing (make deps)" >&2; exit 1; }
[ -x "$MINIGO" ] || { echo "bench: $MINIGO is missing (make)" >&2; exit 1; }
# `go tool compile` only execs this binary; timing it directly leaves out
# the go command's own start-up (about 10 ms) and makes /usr/bin/time's peak
# RSS the compiler's.
GOCOMPILE=$(go env GOTOOLDIR)/compile
HYPERFINE=${HYPERFINE-$(command -v hyperfine || true)} # HYPERFINE= forces the fallback

W=$(mktemp -d /tmp/minigo-bench.XXXXXX)
trap 'rm -rf "$W"' EXIT

mkdir -p bench/results
RESULT=bench/results/$(date +%Y-%m-%d_%H%M%S).txt
exec > >(tee "$RESULT")

note() { echo "bench: $*" >&2; }

# median, min and max of the numbers in a file, one per line
stats() {
    python3 - "$1" <<'EOF'
import sys, statistics
xs = [float(l) for l in open(sys.argv[1]) if l.strip()]
print(statistics.median(xs), min(xs), max(xs))
EOF
}

# measure KEY COMMAND: runs COMMAND (a shell command line) RUNS times and sets
# T_MED T_MIN T_MAX (seconds), RSS_KB (median peak resident set, KiB) and
# CPU_MED (median user + system time, seconds: all threads').
measure() {
    local key=$1 cmd=$2
    : >"$W/$key.raw"
    : >"$W/$key.t"
    if [ -n "$HYPERFINE" ]; then
        "$HYPERFINE" --style none --runs "$RUNS" --export-json "$W/$key.json" \
            "/usr/bin/time -a -o $W/$key.raw -f '%M %U %S' $cmd" >/dev/null
        python3 -c 'import json,sys
for t in json.load(open(sys.argv[1]))["results"][0]["times"]: print(t)' \
            "$W/$key.json" >"$W/$key.t"
    else
        # %e counts hundredths: time the run with the nanosecond clock (the
        # figure then includes the start of time and sh, a millisecond or two)
        for _ in $(seq "$RUNS"); do
            t0=$(date +%s%N)
            /usr/bin/time -o "$W/$key.one" -f "%M %U %S" sh -c "$cmd"
            t1=$(date +%s%N)
            python3 -c "print(($t1 - $t0) / 1e9)" >>"$W/$key.t"
            cat "$W/$key.one" >>"$W/$key.raw"
        done
    fi
    # time's "Command exited with non-zero status" lines have no number
    awk '$1 ~ /^[0-9]+$/ { print $1 >"'"$W/$key.rss"'"; print $2 + $3 >"'"$W/$key.cpu"'" }' "$W/$key.raw"
    read -r T_MED T_MIN T_MAX < <(stats "$W/$key.t")
    read -r RSS_KB _ _ < <(stats "$W/$key.rss")
    read -r CPU_MED _ _ < <(stats "$W/$key.cpu")
}

# fmt_row LABEL [LINES]: one table row from the last measure, with the time
# per 1000 lines if LINES is given
fmt_row() {
    printf '  %-36s %8.3f s  (%6.3f .. %6.3f)  %8.1f MB' "$1" "$T_MED" "$T_MIN" "$T_MAX" \
        "$(python3 -c "print($RSS_KB / 1024)")"
    [ $# -lt 2 ] || printf '  %9.2f' "$(per_kline "$T_MED" "$2")"
    echo
}

per_kline() { python3 -c "print(float('$1') * 1e6 / $2)"; }

# ratio A B: A/B with two decimals, or n/a if either is n/a
ratio() {
    python3 -c "import sys; a, b = sys.argv[1:]; print('n/a' if 'n/a' in (a, b) or float(b) == 0 else '%.2f' % (float(a) / float(b)))" "$1" "$2"
}
# fmt2 X: X with two decimals, or n/a
fmt2() { python3 -c "import sys; x = sys.argv[1]; print(x if x == 'n/a' else '%.2f' % float(x))" "$1"; }

# ---- header ----

echo "minigo benchmarks, $(date '+%Y-%m-%d %H:%M:%S %z')"
echo "uname -a: $(uname -a)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //') ($(nproc) cores)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "go: $(go version)"
echo "minigo: $MINIGO, tree at $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- 2>/dev/null || echo ' (with uncommitted changes)')"
echo "runs per figure: $RUNS, median (min .. max); timer: ${HYPERFINE:+hyperfine + }/usr/bin/time"
echo

# ---- 1. front end ----

if [ "$WHAT" = all ] || [ "$WHAT" = frontend ]; then
    F=$W/big.go
    python3 bench/gen_frontend.py "$FE_LINES" >"$F"
    lines=$(wc -l <"$F")
    note "front end: $lines lines; checking the program is clean for minigo and valid Go"
    out=$("$MINIGO" check "$F" 2>&1) || { echo "$out" | head; note "minigo check failed"; exit 1; }
    [ -z "$out" ] || { echo "$out" | head; note "minigo check printed diagnostics"; exit 1; }
    (cd "$W" && go vet big.go) || { note "go vet failed"; exit 1; }
    "$GOCOMPILE" -o "$W/x.o" "$F" # also warms the file cache
    # go/types' own command-line checker, shipped as a source file with Go:
    # the front end alone, to set beside minigo check.  -c=gc reads fmt's
    # export data instead of type-checking fmt's sources.
    go build -o "$W/gotype" "$(go env GOROOT)/src/go/types/gotype.go"
    out=$("$W/gotype" -c=gc "$F" 2>&1) || { echo "$out" | head; note "gotype failed"; exit 1; }

    echo "1. Front end: parse + type check, $lines lines (bench/gen_frontend.py $FE_LINES)"
    printf '  %-36s %10s  %-18s  %11s  %9s\n' "" "wall" "(min .. max)" "peak RSS" "ms/kline"
    note "timing minigo check ($RUNS runs)"
    measure fe_minigo "$MINIGO check $F"
    fmt_row "minigo check" "$lines"
    mt=$T_MED mr=$RSS_KB
    note "timing go tool compile ($RUNS runs)"
    measure fe_go "$GOCOMPILE -o $W/x.o $F"
    fmt_row "go tool compile (go1.19)" "$lines"
    gt=$T_MED gr=$RSS_KB
    note "timing gotype -c=gc ($RUNS runs)"
    measure fe_gotype "$W/gotype -c=gc $F"
    fmt_row "go/types: gotype -c=gc (go1.19)" "$lines"
    printf '  %-36s %8s                        %8s\n' "ratio minigo / go tool compile" "$(ratio "$mt" "$gt")" "$(ratio "$mr" "$gr")"
    printf '  %-36s %8s                        %8s\n' "ratio minigo / go/types" "$(ratio "$mt" "$T_MED")" "$(ratio "$mr" "$RSS_KB")"
    echo "  (go tool compile also inlines, analyses escapes, builds SSA, generates code and"
    echo "   writes an object file; minigo check and gotype stop after type checking.)"
    echo
fi

# ---- 2. escape analysis ----

if [ "$WHAT" = all ] || [ "$WHAT" = escape ]; then
    echo "2. Escape analysis: -m -l on pointer-rich programs (bench/gen_escape.py)"
    printf '  %-36s %10s  %-18s  %11s  %9s\n' "" "wall" "(min .. max)" "peak RSS" "ms/kline"
    declare -A PERK
    same_all=""
    for n in $ESC_SIZES; do
        F=$W/esc$n.go
        python3 bench/gen_escape.py "$n" >"$F"
        lines=$(wc -l <"$F")
        note "escape: $lines lines; comparing -m output with go's"
        (cd "$W" && go vet "esc$n.go") || { note "go vet failed"; exit 1; }
        # -m lines name the file as given on the command line: give both the
        # same path.  These first runs also warm the file cache.
        "$MINIGO" tool compile -m -l "$F" >"$W/esc$n.minigo.txt" || { note "minigo failed"; exit 1; }
        "$GOCOMPILE" -m -l -o "$W/x.o" "$F" >"$W/esc$n.go.txt"
        if cmp -s "$W/esc$n.minigo.txt" "$W/esc$n.go.txt"; then
            same="identical ($(wc -l <"$W/esc$n.go.txt") lines)"
        else
            same="DIFFERENT: $(diff "$W/esc$n.minigo.txt" "$W/esc$n.go.txt" | grep -c '^[<>]' || true) lines differ"
            cp "$W/esc$n.minigo.txt" "${RESULT%.txt}.esc$n.minigo.txt"
            cp "$W/esc$n.go.txt" "${RESULT%.txt}.esc$n.go.txt"
            same="$same (both outputs kept beside $RESULT)"
        fi
        same_all="$same_all  $lines lines: -m output of minigo vs go: $same"$'\n'

        echo " $lines lines"
        note "timing minigo tool compile -m -l, $lines lines ($RUNS runs)"
        measure esc_minigo "$MINIGO tool compile -m -l $F > $W/out.txt"
        fmt_row "minigo tool compile -m -l" "$lines"
        mt=$T_MED mr=$RSS_KB mspread=$(python3 -c "print($T_MAX - $T_MIN)")
        PERK[minigo.$n]=$(per_kline "$T_MED" "$lines")
        note "timing minigo check, $lines lines ($RUNS runs)"
        measure esc_check "$MINIGO check $F"
        fmt_row "  of which minigo check (front end)" "$lines"
        PERK[check.$n]=$(per_kline "$T_MED" "$lines")
        ct=$T_MED cspread=$(python3 -c "print($T_MAX - $T_MIN)")
        note "timing go tool compile -m -l, $lines lines ($RUNS runs)"
        measure esc_go "$GOCOMPILE -m -l -o $W/x.o $F > $W/out.txt"
        fmt_row "go tool compile -m -l (go1.19)" "$lines"
        PERK[go.$n]=$(per_kline "$T_MED" "$lines")
        # IR building, verification, escape analysis and printing: the
        # difference of two medians, meaningless when it is within the spread
        # of the two measurements.
        PERK[rest.$n]=$(python3 -c "d = $mt - $ct; print(d * 1e6 / $lines if d > $mspread + $cspread else 'n/a')")
        printf '  %-36s %8s                        %8s\n' "ratio minigo/go" "$(ratio "$mt" "$T_MED")" "$(ratio "$mr" "$RSS_KB")"
        printf '  %-36s minigo %.2f = check %.2f + IR and escape %s; go %.2f\n' "ms per 1000 lines" \
            "${PERK[minigo.$n]}" "${PERK[check.$n]}" "$(fmt2 "${PERK[rest.$n]}")" "${PERK[go.$n]}"
        ESC_FILES="${ESC_FILES:-} $F"
    done
    set -- $ESC_SIZES
    if [ $# -ge 2 ]; then
        a=$1 b=${!#}
        echo " growth of the time per 1000 lines from $a to $b lines (1.00 = linear):"
        printf '  minigo tool compile -m -l %s   minigo check %s   minigo IR and escape %s   go %s\n' \
            "$(ratio "${PERK[minigo.$b]}" "${PERK[minigo.$a]}")" "$(ratio "${PERK[check.$b]}" "${PERK[check.$a]}")" \
            "$(ratio "${PERK[rest.$b]}" "${PERK[rest.$a]}")" "$(ratio "${PERK[go.$b]}" "${PERK[go.$a]}")"
    fi
    printf '%s' "$same_all"
    if [ "${PERF:-1}" != 0 ] && command -v perf >/dev/null; then
        note "profiling minigo tool compile -m -l stage by stage (perf)"
        echo " where minigo's time goes (bench/stages.py: perf samples charged to the folder"
        echo " of the function they fell in; libc and kernel apart):"
        python3 bench/stages.py "$MINIGO" $ESC_FILES || note "perf failed; PERF=0 skips this step"
    fi
    echo
fi

# ---- 3. compiled programs ----

# gcstats BINARY: runs it once with GODEBUG=gctrace=1 and prints "NGC MAXPAUSE_MS":
# the number of gctrace lines, and the longest stop-the-world pause (the
# first and third "clock" phases of each line: sweep termination and mark
# termination).
gcstats() {
    GODEBUG=gctrace=1 "$1" 2>"$W/trace.txt" >/dev/null
    python3 - "$W/trace.txt" <<'EOF'
import re, sys
n, worst = 0, 0.0
for line in open(sys.argv[1]):
    m = re.match(r"gc \d+ @\S+ \S+: ([\d.]+)\+([\d.]+)\+([\d.]+) ms clock", line)
    if m:
        n += 1
        worst = max(worst, float(m.group(1)), float(m.group(3)))
print(n, "%.3f" % worst)
EOF
}

# selected PREFIX: the programs of bench/programs/ named by PROGRAMS whose
# names start with PREFIX (empty: any), one path a line
selected() {
    local P name pat files=(bench/programs/*.go)
    local -
    set -f # PROGRAMS holds patterns, not file names
    for P in "${files[@]}"; do
        name=$(basename "$P" .go)
        case $name in "$1"*) ;; *) continue ;; esac
        for pat in $PROGRAMS; do
            # shellcheck disable=SC2254 # pat is a pattern
            case $name in $pat) echo "$P"; break ;; esac
        done
    done
}

# build_both P NAME: builds P with go and with minigo into $W/go_NAME and
# $W/mg_NAME and checks that both print the same thing; on failure prints
# the table row that says why and returns 1.
build_both() {
    local P=$1 name=$2 err
    go build -o "$W/go_$name" "$P" || { note "go build $P failed"; exit 1; }
    if ! err=$("$MINIGO" build -o "$W/mg_$name" "$P" 2>&1); then
        printf '  %-15s minigo cannot build it: %s\n' "$name" "$(echo "$err" | grep -v '^#' | head -1)"
        return 1
    fi
    "$W/go_$name" >"$W/go_$name.out"
    if ! "$W/mg_$name" >"$W/mg_$name.out" 2>"$W/mg_$name.err" || ! cmp -s "$W/go_$name.out" "$W/mg_$name.out"; then
        printf '  %-15s minigo output differs from go: %s\n' "$name" "$(head -c 100 "$W/mg_$name.err" | head -1)"
        return 1
    fi
}

mb() { python3 -c "print($1 / 1024)"; }

SEQ_PROGRAMS=$(selected "" | grep -v '/conc_' || true)
CONC_PROGRAMS=$(selected conc_)

if { [ "$WHAT" = all ] || [ "$WHAT" = programs ]; } && [ -n "$SEQ_PROGRAMS" ]; then
    echo "3. Programs (bench/programs/*.go), each built by minigo and by go1.19, run one after the other"
    printf '  %-15s %9s %9s %6s  %8s %8s %6s  %7s %7s  %10s %10s\n' program "minigo s" "go s" ratio \
        "mig MB" "go MB" ratio "GCs mg" "GCs go" "pause mg" "pause go"
    for P in $SEQ_PROGRAMS; do
        name=$(basename "$P" .go)
        build_both "$P" "$name" || continue
        note "timing $name ($RUNS runs each)"
        measure "mg_$name" "$W/mg_$name > /dev/null"
        mt=$T_MED mr=$RSS_KB
        measure "go_$name" "$W/go_$name > /dev/null"
        read -r mgc mpause < <(gcstats "$W/mg_$name")
        read -r ggc gpause < <(gcstats "$W/go_$name")
        printf '  %-15s %9.3f %9.3f %6s  %8.1f %8.1f %6s  %7s %7s  %7s ms %7s ms\n' "$name" "$mt" "$T_MED" \
            "$(ratio "$mt" "$T_MED")" "$(mb "$mr")" "$(mb "$RSS_KB")" \
            "$(ratio "$mr" "$RSS_KB")" "$mgc" "$ggc" "$mpause" "$gpause"
        if [ "$name" = alloc ]; then
            ALLOC_MG=$(python3 -c "print('%.1f' % ($mt * 1e9 / 1e8))")
            ALLOC_GO=$(python3 -c "print('%.1f' % ($T_MED * 1e9 / 1e8))")
        fi
    done
    echo "  (wall and peak RSS: medians of $RUNS runs; GCs and the longest stop-the-world pause:"
    echo "   one more run of each with GODEBUG=gctrace=1)"
    if [ -n "${ALLOC_MG:-}" ]; then
        note "go test -bench SmallAlloc"
        gobench=$(cd bench/gotest && GO111MODULE=off go test -run '^$' -bench SmallAlloc -count "$RUNS" . |
            awk '/^BenchmarkSmallAlloc/ { print $3 }' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
        echo "  one small heap allocation: minigo $ALLOC_MG ns, go $ALLOC_GO ns (alloc.go: wall / 1e8);"
        echo "  go test -bench SmallAlloc (bench/gotest, median of $RUNS): $gobench ns/op;" \
            "ratio minigo / go test: $(ratio "$ALLOC_MG" "$gobench")"
    fi
    echo
fi

# ---- 4. goroutines, channels, sync ----

# minigo runs every goroutine on one thread (one P); go runs them once with
# GOMAXPROCS=1, the like-for-like figure the targets are set against, and
# once with its default (one P per core).  Each program's header says how
# many operations it does ("// ops: N what"), for the cost of one.
if { [ "$WHAT" = all ] || [ "$WHAT" = programs ]; } && [ -n "$CONC_PROGRAMS" ]; then
    echo "4. Goroutines, channels and sync (bench/programs/conc_*.go): minigo (one P) beside go1.19"
    echo "   with GOMAXPROCS=1 (go1) and with its default GOMAXPROCS=$(nproc) (go)"
    printf '  %-13s %8s %8s %8s %7s %7s  %7s %7s %7s %7s %7s\n' program "minigo s" "go1 s" "go s" "mg/go1" "mg/go" \
        "mig MB" "go1 MB" "go MB" "mg/go1" "mg/go"
    perop="" cpu=""
    for P in $CONC_PROGRAMS; do
        name=$(basename "$P" .go)
        build_both "$P" "$name" || continue
        note "timing $name ($RUNS runs each: minigo, go GOMAXPROCS=1, go default)"
        measure "mg_$name" "$W/mg_$name > /dev/null"
        mt=$T_MED mr=$RSS_KB mc=$CPU_MED
        measure "go1_$name" "env GOMAXPROCS=1 $W/go_$name > /dev/null"
        g1t=$T_MED g1r=$RSS_KB g1c=$CPU_MED
        measure "go_$name" "env -u GOMAXPROCS $W/go_$name > /dev/null"
        printf '  %-13s %8.3f %8.3f %8.3f %7s %7s  %7.1f %7.1f %7.1f %7s %7s\n' "$name" "$mt" "$g1t" "$T_MED" \
            "$(ratio "$mt" "$g1t")" "$(ratio "$mt" "$T_MED")" "$(mb "$mr")" "$(mb "$g1r")" "$(mb "$RSS_KB")" \
            "$(ratio "$mr" "$g1r")" "$(ratio "$mr" "$RSS_KB")"
        ops="" what=""
        read -r ops what < <(sed -n 's|^// ops: *\([0-9]*\) *\(.*\)|\1 \2|p' "$P") || true
        if [ -n "$ops" ]; then
            perop="$perop$(python3 -c "import sys
n, what, mt, g1, g, name = sys.argv[1:]; n = int(n)
print('  %-13s %8.1f %8.1f %8.1f  ns per %s (%d)' % (name, float(mt) * 1e9 / n, float(g1) * 1e9 / n, float(g) * 1e9 / n, what, n))" \
                "$ops" "$what" "$mt" "$g1t" "$T_MED" "$name")"$'\n'
        fi
        cpu="$cpu$(printf '  %-13s %8.2f %8.2f %8.2f %7s %7s' "$name" "$mc" "$g1c" "$CPU_MED" \
            "$(ratio "$mc" "$g1c")" "$(ratio "$mc" "$CPU_MED")")"$'\n'
    done
    echo "  (wall and peak RSS: medians of $RUNS runs of each; ratios minigo / go)"
    echo "  CPU time (user + system of all threads, median; /usr/bin/time counts hundredths), minigo, go1, go, ratios:"
    printf '%s' "$cpu"
    if [ -n "$perop" ]; then
        echo "  one operation (wall / operations), minigo, go1, go:"
        printf '%s' "$perop"
    fi
    echo "  load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
fi

note "results written to $RESULT"
