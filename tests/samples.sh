#!/usr/bin/env bash
# tests/samples.sh MINIGO
#
# For every samples/NAME.go, runs (inside samples/)
#     MINIGO build -gcflags='-m -l' -o TMP/NAME NAME.go
# and checks
#   (a) its stderr against NAME.m_l.txt, byte for byte, and the stderr of
#       the same build with -gcflags='-m=2 -l' against NAME.m2_l.txt and
#       with -gcflags=-m (inlining on) against NAME.m.txt;
#   (b) the built program's stdout against NAME.out, its exit status against
#       NAME.exit, and, when NAME.err exists, its stderr (without traceback
#       frames: tools/trim-trace.awk) against NAME.err; the program runs
#       with GOMAXPROCS=1, as the recordings were made.
# If `go` is on PATH, the recordings are also re-made into a temporary
# directory with tools/record-samples.sh; a recording that differs is
# reported as "FAIL NAME (stale recording: FILE...)".
#
# Prints "PASS NAME" or "FAIL NAME (what differed)" per sample, a short
# unified diff under each failure, then "N passed, M failed".
# Exits 0 only if every sample passed.
set -u

usage() { printf 'usage: %s MINIGO\n' "$0" >&2; exit 2; }
[ $# -eq 1 ] || usage

minigo=$1
case $minigo in
*/*) [ -e "$minigo" ] && minigo=$(cd -- "$(dirname -- "$minigo")" && pwd)/$(basename -- "$minigo") ;;
*) minigo=$(command -v -- "$minigo" || printf '%s' "$minigo") ;;
esac

script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd) || exit 2
root=$(cd -- "$script_dir/.." && pwd) || exit 2
samples_dir=$root/samples
recorder=$root/tools/record-samples.sh

tmp=$(mktemp -d) || { echo "samples.sh: mktemp failed" >&2; exit 2; }
cleanup() { chmod -R u+w -- "$tmp" 2>/dev/null; rm -rf -- "$tmp"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

DIFF_LINES=${DIFF_LINES:-20}

trim_trace() { awk -f "$root/tools/trim-trace.awk"; }

# show_diff EXPECTED ACTUAL LABEL1 LABEL2: a short unified diff, indented.
show_diff() {
	diff -u --label "$3" --label "$4" -- "$1" "$2" |
		head -n "$DIFF_LINES" | sed 's/^/    /'
}

join_comma() { local out=$1; shift; for x in "$@"; do out="$out, $x"; done; printf '%s' "$out"; }
add_diff() { dexp+=("$1"); dact+=("$2"); dlab+=("$3"); dlab2+=("$4"); }

cd -- "$samples_dir" || { echo "samples.sh: no samples dir" >&2; exit 2; }
shopt -s nullglob
files=(*.go)
if [ ${#files[@]} -eq 0 ]; then
	echo "samples.sh: no samples/*.go" >&2
	exit 2
fi

# Re-record with the real go, if we have it, to catch stale recordings:
# in the background, sample by sample (NAME.done), while minigo is tested.
fresh=
recorder_pid=
if command -v go >/dev/null 2>&1; then
	fresh=$tmp/fresh
	mkdir -p -- "$fresh"
	RECORD_MARKERS=1 "$recorder" "$fresh" >"$tmp/record.log" 2>&1 &
	recorder_pid=$!
else
	echo "samples.sh: note: go not on PATH, not checking for stale recordings" >&2
fi
# wait_recorded NAME: until go has recorded NAME (or the recorder stopped)
wait_recorded() {
	while [ ! -e "$fresh/$1.done" ] && kill -0 "$recorder_pid" 2>/dev/null; do
		sleep 0.1
	done
}

passed=0
failed=0
for f in "${files[@]}"; do
	name=${f%.go}
	d=$tmp/run/$name
	mkdir -p -- "$d"
	reasons=()
	# Diffs to show: parallel arrays of expected file, actual file, two labels.
	dexp=()
	dact=()
	dlab=()
	dlab2=()

	case $f in
	-*) printf 'FAIL %s (bad sample file name)\n' "$name"; failed=$((failed + 1)); continue ;;
	esac

	missing=()
	for ext in m_l.txt out exit; do
		[ -e "$name.$ext" ] || missing+=("$name.$ext")
	done
	if [ ${#missing[@]} -gt 0 ]; then
		reasons+=("missing $(join_comma "${missing[@]}")")
	fi

	# (a) diagnostics of minigo build -gcflags='-m -l'
	bin=$d/prog
	GOCACHE=$d/gocache "$minigo" build -gcflags='-m -l' -o "$bin" "$f" \
		</dev/null >"$d/build.out" 2>"$d/build.err"
	brc=$?
	if [ -e "$name.m_l.txt" ] && ! cmp -s -- "$name.m_l.txt" "$d/build.err"; then
		reasons+=("-m -l diagnostics")
		add_diff "$name.m_l.txt" "$d/build.err" "expected/$name.m_l.txt" "minigo/$name.m_l.txt"
	fi

	# (a2) the -m=2 explanations of minigo build -gcflags='-m=2 -l'
	if [ -e "$name.m2_l.txt" ]; then
		GOCACHE=$d/gocache "$minigo" build -gcflags='-m=2 -l' -o /dev/null "$f" \
			</dev/null >"$d/build2.out" 2>"$d/build2.err"
		if ! cmp -s -- "$name.m2_l.txt" "$d/build2.err"; then
			reasons+=("-m=2 -l diagnostics")
			add_diff "$name.m2_l.txt" "$d/build2.err" "expected/$name.m2_l.txt" "minigo/$name.m2_l.txt"
		fi
	fi

	# (a3) plain -m: go1.19 inlines, then analyses the inlined code
	if [ -e "$name.m.txt" ]; then
		GOCACHE=$d/gocache "$minigo" build -gcflags='-m' -o /dev/null "$f" \
			</dev/null >"$d/build3.out" 2>"$d/build3.err"
		if ! cmp -s -- "$name.m.txt" "$d/build3.err"; then
			reasons+=("-m diagnostics")
			add_diff "$name.m.txt" "$d/build3.err" "expected/$name.m.txt" "minigo/$name.m.txt"
		fi
	fi

	# (b) the program's output, exit status and (for panics) stderr
	if [ ! -x "$bin" ]; then
		reasons+=("build failed with status $brc, no executable")
	else
		GOMAXPROCS=1 timeout 60 "$bin" </dev/null >"$d/run.out" 2>"$d/run.err"
		printf '%d\n' "$?" >"$d/run.exit"
		trim_trace <"$d/run.err" >"$d/run.err.trimmed"
		if [ -e "$name.out" ] && ! cmp -s -- "$name.out" "$d/run.out"; then
			reasons+=("stdout")
			add_diff "$name.out" "$d/run.out" "expected/$name.out" "minigo/$name.out"
		fi
		if [ -e "$name.exit" ] && ! cmp -s -- "$name.exit" "$d/run.exit"; then
			reasons+=("exit status $(cat -- "$d/run.exit"), want $(cat -- "$name.exit")")
		fi
		if [ -e "$name.err" ] && ! cmp -s -- "$name.err" "$d/run.err.trimmed"; then
			reasons+=("stderr")
			add_diff "$name.err" "$d/run.err.trimmed" "expected/$name.err" "minigo/$name.err"
		fi
	fi

	# Stale recordings: compare each recorded file with a fresh one.
	if [ -n "$fresh" ]; then
		wait_recorded "$name"
		stale=()
		for ext in m_l.txt m2_l.txt m.txt out exit err; do
			rec=$name.$ext
			new=$fresh/$name.$ext
			if [ -e "$rec" ] && [ -e "$new" ]; then
				cmp -s -- "$rec" "$new" || { stale+=("$rec"); add_diff "$rec" "$new" "recorded/$rec" "fresh-go/$rec"; }
			elif [ -e "$rec" ] || [ -e "$new" ]; then
				stale+=("$rec")
			fi
		done
		if [ ${#stale[@]} -gt 0 ]; then
			reasons+=("stale recording: $(join_comma "${stale[@]}")")
		fi
	fi

	if [ ${#reasons[@]} -eq 0 ]; then
		printf 'PASS %s\n' "$name"
		passed=$((passed + 1))
	else
		msg=${reasons[0]}
		for r in "${reasons[@]:1}"; do msg="$msg; $r"; done
		printf 'FAIL %s (%s)\n' "$name" "$msg"
		for ((i = 0; i < ${#dexp[@]}; i++)); do
			show_diff "${dexp[i]}" "${dact[i]}" "${dlab[i]}" "${dlab2[i]}"
		done
		failed=$((failed + 1))
	fi
done

if [ -n "$recorder_pid" ] && ! wait "$recorder_pid"; then
	echo "samples.sh: warning: tools/record-samples.sh failed:" >&2
	sed 's/^/    /' "$tmp/record.log" >&2
fi
printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
