#!/usr/bin/env bash
# tests/stdlib/check.sh MINIGO [options] [PKG...]
#
# The std oracle: `MINIGO build -gcflags=-m PKG` against go1.19's recorded
# `go build -gcflags=-m PKG` (tests/stdlib/go/, written by record.sh), for
# the packages of the standard library.  Without PKG: every package of
# tests/stdlib/packages.txt except those matched by tests/stdlib/excluded.txt.
#
# minigo runs from a directory outside GOROOT (so it prints absolute file
# names, as go did), with GOOS=linux GOARCH=amd64 CGO_ENABLED=0, its standard
# output thrown away, under a time limit.  Per package, one line:
#   EXACT unicode/utf8 38/38              standard error and exit status are
#                                         byte for byte go's
#   DIFF strconv 120/187 (+5 extra)       same exit status, other lines
#   FAIL errors 0/12 (exit 2: LINE)       another exit status (LINE: minigo's
#                                         first line go did not print), a
#                                         timeout, or death by a signal
# M/T: of go's T lines, M are among minigo's (the size of the multiset
# intersection: order is ignored, a line go prints twice counts twice);
# "+E extra": minigo's lines that are not go's.  The `# PKG` header go
# prints before a package's first line is not counted (it is compared by
# EXACT).  A FAIL's lines are counted as well.  Then the totals.
#
# The recordings hold GOROOT as go printed it (recorded-with.txt); when the
# GOROOT minigo reads differs ($GOROOT, else `go env GOROOT`), the harness
# puts that one in their place.
#
# Options:
#   --must-pass FILE   check the packages listed in FILE (one per line, #
#                      comments) and fail unless every one is EXACT
#   --floor N          fail when fewer than N packages are EXACT
#   --report FILE      write the per-package lines and the totals to FILE too
#   --diff             after a package that is not EXACT, the first lines of
#                      a diff (go's order against minigo's)
#   --verify-recordings  with go on PATH: re-record a few packages (the ones
#                      checked, when 50 or fewer; else a fixed seven, net/http
#                      among them) each with a fresh GOCACHE, compare
#                      packages.txt with `go list std`, and fail on any stale
#                      recording (without go: says so, and goes on)
#   -P N               packages at once (default 2)
#   --timeout S        seconds per package (default 60)
# Exit status: 0; 1 when a must-pass package is not EXACT, the floor is not
# reached or a recording is stale; 2 on a harness error.
set -u

here=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd) || exit 2
self=$here/$(basename -- "${BASH_SOURCE[0]}")
recdir=$here/go

export GOOS=linux GOARCH=amd64 CGO_ENABLED=0
unset GOFLAGS GOAMD64 GOEXPERIMENT

# replace OLD NEW: copies stdin to stdout with every OLD (a literal string)
# replaced by NEW.
replace() {
	awk -v o="$1" -v n="$2" '{
		s = $0; r = ""
		while ((i = index(s, o)) > 0) { r = r substr(s, 1, i - 1) n; s = substr(s, i + length(o)) }
		print r s
	}'
}

# Internal: check one package, write its result line to RESDIR/NAME.res.
#   check.sh --one MINIGO CWD WORKDIR RESDIR TIMEOUT OLDROOT NEWROOT PKG
if [ "${1:-}" = --one ]; then
	minigo=$2 cwd=$3 work=$4 res=$5 limit=$6 old=$7 new=$8 pkg=$9
	name=${pkg//\//_}
	want=$work/$name.want got=$work/$name.got
	if [ ! -e "$recdir/$name.txt" ]; then
		printf 'NOREC\t%s\t0\t0\t0\tno recording %s\n' "$pkg" "go/$name.txt" >"$res/$name.tmp"
		mv -- "$res/$name.tmp" "$res/$name.res"
		exit 0
	fi
	if [ "$old" = "$new" ]; then
		cp -- "$recdir/$name.txt" "$want"
	else
		replace "$old" "$new" <"$recdir/$name.txt" >"$want"
	fi
	want_rc=0
	[ -e "$recdir/$name.exit" ] && want_rc=$(cat -- "$recdir/$name.exit")
	# (the braces' redirection keeps bash's "Segmentation fault" notice quiet)
	{ (cd -- "$cwd" && exec timeout -k 5 "$limit" "$minigo" build -gcflags=-m "$pkg" >/dev/null 2>"$got"); } 2>/dev/null
	rc=$?
	total=$(grep -vc '^# ' "$want")
	mine=$(grep -vc '^# ' "$got")
	matched=$(LC_ALL=C comm -12 <(grep -v '^# ' "$want" | LC_ALL=C sort) \
		<(grep -v '^# ' "$got" | LC_ALL=C sort) | wc -l)
	extra=$((mine - matched))
	# minigo's first line that go did not print (else its last line)
	first() {
		awk 'FILENAME == ARGV[1] { seen[$0]++; next }
		     /^# / { next }
		     seen[$0] > 0 { seen[$0]--; last = $0; next }
		     { print; found = 1; exit }
		     { last = $0 }
		     END { if (!found) print (last == "" ? "no output" : last) }' "$want" "$got" |
			tr '\t' ' ' | cut -c1-160
	}
	if [ "$rc" -eq 124 ]; then
		status=FAIL detail="timeout after $limit s"
	elif [ "$rc" -gt 128 ] && [ "$rc" -ne "$want_rc" ]; then
		sig=$(kill -l $((rc - 128)) 2>/dev/null || echo $((rc - 128)))
		status=FAIL detail="killed by SIG$sig: $(first)"
	elif [ "$rc" -ne "$want_rc" ]; then
		status=FAIL detail="exit $rc: $(first)"
	elif cmp -s -- "$want" "$got"; then
		status=EXACT detail=
	else
		status=DIFF detail=
	fi
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$status" "$pkg" "$matched" "$total" "$extra" "$detail" >"$res/$name.tmp"
	mv -- "$res/$name.tmp" "$res/$name.res"
	exit 0
fi

usage() { echo "usage: $0 MINIGO [--must-pass FILE] [--floor N] [--report FILE] [--diff] [--verify-recordings] [-P N] [--timeout S] [PKG...]" >&2; exit 2; }
[ $# -ge 1 ] || usage
case $1 in -*) usage ;; esac
minigo=$1; shift
case $minigo in */*) minigo=$(cd -- "$(dirname -- "$minigo")" && pwd)/$(basename -- "$minigo") ;; esac
[ -x "$minigo" ] || { echo "check.sh: $minigo is not executable" >&2; exit 2; }

mustfile= floor=0 report= showdiff= verify= jobs=2 limit=${STDLIB_TIMEOUT:-60}
pkgs=()
while [ $# -gt 0 ]; do
	case $1 in
	--must-pass) mustfile=$2; shift 2 ;;
	--floor) floor=$2; shift 2 ;;
	--report) report=$2; shift 2 ;;
	--diff) showdiff=1; shift ;;
	--verify-recordings) verify=1; shift ;;
	-P) jobs=$2; shift 2 ;;
	--timeout) limit=$2; shift 2 ;;
	-*) usage ;;
	*) pkgs+=("$1"); shift ;;
	esac
done

# list FILE: the names of FILE, without comments and blank lines
list() { sed 's/#.*//; s/[[:space:]]*$//; s/^[[:space:]]*//; /^$/d' -- "$1"; }

[ -e "$here/packages.txt" ] || { echo "check.sh: no $here/packages.txt (run record.sh)" >&2; exit 2; }
excluded() {
	local p=$1 pat
	while read -r pat; do
		# shellcheck disable=SC2053
		[[ $p == $pat ]] && return 0
	done < <(list "$here/excluded.txt" | awk '{ print $1 }')
	return 1
}
what=
if [ -n "$mustfile" ]; then
	[ ${#pkgs[@]} -eq 0 ] || usage
	mapfile -t pkgs < <(list "$mustfile")
	what="the sample of $(basename -- "$mustfile")"
	if [ ${#pkgs[@]} -eq 0 ]; then
		echo "stdlib: 0 packages in $what; nothing to check"
	fi
elif [ ${#pkgs[@]} -eq 0 ]; then
	nexcl=0
	while read -r p; do
		if excluded "$p"; then nexcl=$((nexcl + 1)); else pkgs+=("$p"); fi
	done < <(list "$here/packages.txt")
	what="go list std but the $nexcl of excluded.txt"
fi

tmp=$(mktemp -d) || exit 2
trap 'chmod -R u+w -- "$tmp" 2>/dev/null; rm -rf -- "$tmp"' EXIT
mkdir -p "$tmp/cwd" "$tmp/work" "$tmp/res"

old=$(sed -n 's/^GOROOT=//p' "$here/recorded-with.txt")
new=${GOROOT:-}
[ -n "$new" ] || new=$(go env GOROOT 2>/dev/null)
[ -n "$new" ] || new=$old
case $tmp/ in "$new"/*) echo "check.sh: the temporary directory is inside GOROOT" >&2; exit 2 ;; esac

stale=0
if [ -n "$verify" ]; then
	if ! command -v go >/dev/null 2>&1; then
		echo "stdlib: go is not on PATH; recordings not verified"
	else
		vp=("${pkgs[@]}")
		[ ${#vp[@]} -gt 0 ] && [ ${#vp[@]} -le 50 ] ||
			vp=(errors unicode/utf8 strconv encoding embed/internal/embedtest sync/atomic net/http)
		mkdir -p "$tmp/fresh"
		if ! (GOOS=linux GOARCH=amd64 CGO_ENABLED=0 GOFLAGS= go list std | cmp -s - "$here/packages.txt"); then
			echo "STALE packages.txt (go list std differs; re-record with tests/stdlib/record.sh)"
			stale=1
		fi
		bash "$here/record.sh" --fresh --out "$tmp/fresh" "${vp[@]}" 2>"$tmp/record.log" ||
			{ cat "$tmp/record.log" >&2; echo "check.sh: record.sh failed" >&2; exit 2; }
		for p in "${vp[@]}"; do
			n=${p//\//_}
			for ext in txt exit; do
				a=$recdir/$n.$ext b=$tmp/fresh/$n.$ext
				if [ "$ext" = txt ] && [ "$old" != "$(go env GOROOT)" ]; then
					replace "$(go env GOROOT)" "$old" <"$b" >"$b.orig"; b=$b.orig
				fi
				[ -e "$a" ] || [ -e "$b" ] || continue
				if ! cmp -s -- "$a" "$b" 2>/dev/null; then
					echo "STALE $p ($n.$ext)"
					diff -u -- "$a" "$b" 2>&1 | head -n 10 | sed 's/^/    /'
					stale=1
				fi
			done
		done
		[ "$stale" -eq 0 ] && echo "stdlib: recordings of ${#vp[@]} packages verified against go (fresh GOCACHE)"
	fi
fi

n=${#pkgs[@]}
exact=0 diffs=0 fails=0 matched=0 total=0 extra=0 notexact=()
if [ "$n" -gt 0 ]; then
	start=$(date +%s)
	[ -n "$what" ] || what="the packages named"
	echo "stdlib: $n packages ($what), $jobs at a time, ${limit} s each"
	printf '%s\n' "${pkgs[@]}" |
		xargs -P "$jobs" -n 1 "$self" --one "$minigo" "$tmp/cwd" "$tmp/work" "$tmp/res" "$limit" "$old" "$new" &
	xpid=$!
	: >"$tmp/report"
	# results in the list's order, each as soon as it is there
	for p in "${pkgs[@]}"; do
		r=$tmp/res/${p//\//_}.res
		while [ ! -e "$r" ]; do
			if ! kill -0 "$xpid" 2>/dev/null && [ ! -e "$r" ]; then
				echo "check.sh: no result for $p" >&2; exit 2
			fi
			sleep 0.1
		done
		IFS=$'\t' read -r status pkg m t e detail <"$r"
		case $status in
		EXACT) line="EXACT $pkg $m/$t"; exact=$((exact + 1)) ;;
		DIFF) line="DIFF $pkg $m/$t (+$e extra)"; diffs=$((diffs + 1)) ;;
		*) line="FAIL $pkg $m/$t ($detail)"; fails=$((fails + 1)) ;;
		esac
		[ "$status" = EXACT ] || notexact+=("$pkg")
		matched=$((matched + m)) total=$((total + t)) extra=$((extra + e))
		echo "$line" | tee -a "$tmp/report"
		if [ -n "$showdiff" ] && [ "$status" != EXACT ] && [ "$status" != NOREC ]; then
			nm=${p//\//_}
			diff -u --label "go1.19 $p" --label "minigo $p" -- "$tmp/work/$nm.want" "$tmp/work/$nm.got" |
				head -n 25 | sed 's/^/    /'
		fi
	done
	wait "$xpid" || { echo "check.sh: the workers failed" >&2; exit 2; }
	pct=$(awk -v m="$matched" -v t="$total" 'BEGIN { printf "%.1f", t ? 100 * m / t : 100 }')
	summary="stdlib: $exact of $n packages exact, $matched of $total lines matched ($pct%), $extra extra lines; $diffs differ, $fails failed ($(( $(date +%s) - start )) s)"
	echo "$summary" | tee -a "$tmp/report"
	if [ -n "$report" ]; then
		{ echo "# tests/stdlib/check.sh, $(date -u +%Y-%m-%d), $what"; cat "$tmp/report"; } >"$report" ||
			{ echo "check.sh: cannot write $report" >&2; exit 2; }
	fi
fi

status=0
if [ -n "$mustfile" ] && [ ${#notexact[@]} -gt 0 ]; then
	echo "stdlib: not EXACT but listed in $(basename -- "$mustfile"): ${notexact[*]}"
	status=1
fi
if [ "$exact" -lt "$floor" ]; then
	echo "stdlib: $exact packages exact, fewer than the floor of $floor"
	status=1
fi
if [ "$stale" -ne 0 ]; then
	echo "stdlib: stale recordings (re-record with tests/stdlib/record.sh)"
	status=1
fi
exit $status
