#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmarks the agenda PDF (issue 17's rows): the bilingual agenda of
# generated conventions of 1,000 and 10,000 items made by the command line,
# against the streaming PangoCairo bound (tests/bench/bench-pdf-bound.c)
# drawing the same paragraphs; then the sample against WeasyPrint.
#   build-aux/bench-pdf.sh [BUILD_DIR] [RUNS] [SIZES]
# RUNS defaults to 3, SIZES to "1000 10000". Installs WeasyPrint and GNU
# time from Debian's archive when missing (root only), builds what it runs
# in BUILD_DIR (default: build) and prints the figures. Wall-clock times
# mean something on a quiet machine only: the load average is printed.
set -eu

src=$(cd "$(dirname "$0")/.." && pwd)
. "$src/build-aux/bench-lib.sh"
bench_args "$@"
bench_need bench-pdf.sh weasyprint=weasyprint /usr/bin/time=time pdfinfo=poppler-utils

bench_build "$build" src/learning-cities tests/bench/bench-agenda-pdf tests/bench/bench-pdf-bound

exe=$build/src/learning-cities
bound=$build/tests/bench/bench-pdf-bound
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LANGUAGE=en LC_ALL=C.UTF-8

renderer="PangoCairo: pango $(pkg-config --modversion pango), cairo $(pkg-config --modversion cairo)"
echo "Agenda PDF: $(nproc) cores, $(uname -m), load $(bench_load)," \
     "renderer $renderer; median of $runs runs, ours and the bound turn about"
[ -z "${BENCH_ROWS:-}" ] || printf '#renderer\tPDF: %s\n' "$renderer" >>"$BENCH_ROWS"

printf '%-34s %9s %9s %9s %9s %7s %7s  %s\n' "what" "ours s" "ours MB" "bound s" "bound MB" \
       "ratio" "pages" "goal (then CPU: ours, bound, ratio)"
for n in $sizes; do
  db=$tmp/library-$n.db
  id=$("$bound" --generate="$n" "$db")
  : >"$tmp/ours" && : >"$tmp/bound"
  r=0
  while [ "$r" -lt "$runs" ]; do
    bench_timed "$exe" --database="$db" --convention="$id" --export-agenda-pdf="$tmp/ours.pdf" \
          --language=bilingual >>"$tmp/ours"
    bench_timed "$bound" "$db" "$id" "$tmp/bound.pdf" >>"$tmp/bound"
    r=$((r + 1))
  done
  ours_s=$(cut -d' ' -f1 "$tmp/ours" | bench_median)
  bound_s=$(cut -d' ' -f1 "$tmp/bound" | bench_median)
  ours_mb=$(cut -d' ' -f2 "$tmp/ours" | sort -n | tail -1 | awk '{ printf "%.1f", $1 / 1024 }')
  bound_mb=$(cut -d' ' -f2 "$tmp/bound" | sort -n | tail -1 | awk '{ printf "%.1f", $1 / 1024 }')
  pages=$(pdfinfo "$tmp/ours.pdf" | awk '/^Pages:/ { print $2 }')
  ratio=$(awk -v a="$ours_s" -v b="$bound_s" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  ours_cpu=$(cut -d' ' -f3 "$tmp/ours" | bench_median)
  bound_cpu=$(cut -d' ' -f3 "$tmp/bound" | bench_median)
  cpu_ratio=$(awk -v a="$ours_cpu" -v b="$bound_cpu" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  goal="<= 1.2x the bound"
  [ "$n" -ge 10000 ] && goal="$goal, < 120 MB"
  met=$(awk -v r="$ratio" -v m="$ours_mb" -v n="$n" \
        'BEGIN { print (r <= 1.2 && (n < 10000 || m < 120)) ? "met" : "MISSED" }')
  printf '%-34s %9s %9s %9s %9s %6sx %7s  %s: %s; CPU %s s, %s s, %sx\n' \
         "agenda PDF, $n bilingual" "$ours_s" "$ours_mb" "$bound_s" "$bound_mb" "$ratio" "$pages" \
         "$goal" "$met" "$ours_cpu" "$bound_cpu" "$cpu_ratio"
  bench_row "agenda PDF, $(bench_thousands "$n") bilingual" "$ours_s s, $ours_mb MB ($pages pages)" \
            "bound $bound_s s, $bound_mb MB (${ratio}x; CPU ${cpu_ratio}x)" "$goal" "$met"
done

# The sample against WeasyPrint on the same content (ratio >= 15x kept):
# tests/bench-agenda-pdf.c with no generated convention.
echo
echo "$(weasyprint --version 2>/dev/null), load $(bench_load)"
env LC_EXECUTABLE="$exe" \
    LC_WEASYPRINT_VERSION="$(weasyprint --version 2>/dev/null | sed "s/ version//")" \
    LC_SAMPLE="$src/data/samples/yanbu-2023.json" \
    LC_LOCALEDIR="$build/po" \
    "$build/tests/bench/bench-agenda-pdf" 0 "$((runs < 5 ? 5 : runs))"
