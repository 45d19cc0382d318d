#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The benchmark, in one run (issue 17): builds what it runs in BUILD_DIR
# (default: build), then runs in turn
#   - tests/bench/lc-bench under Xvfb: loading, conflicts and search at each
#     size, and the window: first paint beside GNOME Text Editor's, first
#     frame, one edit saved with real key presses;
#   - build-aux/bench-pdf.sh: the agenda PDF against the streaming bound,
#     and the sample against WeasyPrint;
#   - build-aux/bench-io.sh: imports and exports at two sizes, and growth;
# each writes its rows of issue 17's table to one file, printed at the end
# as one table with the load average at the start and the end and the
# renderers used.
#   build-aux/bench.sh [BUILD_DIR] [OPTIONS…]
#     --runs=N          window runs per figure (default 5)
#     --sizes=N,…       lc-bench's sizes (default 1000,10000)
#     --edit-sizes=N,…  agendas edited with key presses (default 2000,10000)
#     --edits=N         edits timed per size (default 3)
#     --pdf-runs=N      agenda PDF runs, ours and the bound's (default 3)
#     --pdf-sizes=N,…   agenda PDF sizes (default 1000,10000)
#     --io-runs=N       import and export runs (default 3)
#     --io-sizes=N,…    import and export sizes (default 1000,10000)
#     --quick           one run of everything, same sizes: a check that it
#                       all works, not figures to quote
# Other options go to lc-bench (see lc-bench --help). `meson compile -C
# BUILD_DIR bench` runs this with the defaults.
set -eu

src=$(cd "$(dirname "$0")/.." && pwd)
build=$src/build
case ${1:-} in
  ''|-*) ;;
  *) build=$1; shift ;;
esac
case $build in
  /*) ;;
  *) build=$(pwd)/$build ;;
esac

runs=5 sizes=1000,10000 edit_sizes=2000,10000 edits=3
pdf_runs=3 pdf_sizes=1000,10000 io_runs=3 io_sizes=1000,10000
rest=""
for arg in "$@"; do
  case $arg in
    --runs=*) runs=${arg#*=} ;;
    --sizes=*) sizes=${arg#*=} ;;
    --edit-sizes=*) edit_sizes=${arg#*=} ;;
    --edits=*) edits=${arg#*=} ;;
    --pdf-runs=*) pdf_runs=${arg#*=} ;;
    --pdf-sizes=*) pdf_sizes=${arg#*=} ;;
    --io-runs=*) io_runs=${arg#*=} ;;
    --io-sizes=*) io_sizes=${arg#*=} ;;
    --quick) runs=1 edits=1 pdf_runs=1 io_runs=1 ;;
    *) rest="$rest $arg" ;;
  esac
done

. "$src/build-aux/bench-lib.sh"
bench_count --runs "$runs"; bench_count --sizes "$sizes"; bench_count --edit-sizes "$edit_sizes"
bench_count --edits "$edits"; bench_count --pdf-runs "$pdf_runs"; bench_count --pdf-sizes "$pdf_sizes"
bench_count --io-runs "$io_runs"; bench_count --io-sizes "$io_sizes"
# The window's first paint is set beside GNOME Text Editor's, in the same
# run; the agenda PDF beside WeasyPrint's.
bench_need bench.sh gnome-text-editor=gnome-text-editor weasyprint=weasyprint /usr/bin/time=time \
           pdfinfo=poppler-utils

bench_build "$build" src/learning-cities src/learning-cities-gui tests/bench/lc-bench tests/bench/bench-pdf-bound \
            tests/bench/bench-agenda-pdf data/gschemas.compiled

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
BENCH_ROWS=$tmp/rows
export BENCH_ROWS LC_BENCH_BUILT=1
: >"$BENCH_ROWS"
load_start=$(bench_load)

# A step that fails leaves its rows out, says so above the table and makes
# the exit status 1; the others still run.
failed="" loads=""
step() {
  name=$1
  shift
  status=0
  loads="$loads${loads:+, }$name $(cut -d' ' -f1 /proc/loadavg)"
  "$@" || status=$?
  [ "$status" = 0 ] || { echo "bench.sh: $name failed (status $status)" >&2; failed="$failed $name"; }
}

# The agenda PDF is timed against its bound below, not by lc-bench too.
# shellcheck disable=SC2086
step lc-bench env LC_EXECUTABLE="$build/src/learning-cities" \
    LC_SAMPLE="$src/data/samples/yanbu-2023.json" \
    LC_LOCALEDIR="$build/po" \
    GSETTINGS_SCHEMA_DIR="$build/data" \
    LANGUAGE=en \
    "$src/build-aux/run-headless.sh" "$build/tests/bench/lc-bench" --no-pdf --rows="$BENCH_ROWS" \
    --runs="$runs" --sizes="$sizes" --edit-sizes="$edit_sizes" --edits="$edits" $rest

echo
step bench-pdf.sh "$src/build-aux/bench-pdf.sh" "$build" "$pdf_runs" "$(echo "$pdf_sizes" | tr , ' ')"
echo
step bench-io.sh "$src/build-aux/bench-io.sh" "$build" "$io_runs" "$(echo "$io_sizes" | tr , ' ')"

# The table: aligned columns, as Markdown, so it can be quoted as it is.
echo
echo "issue 17 in one run, $(date '+%Y-%m-%d %H:%M'), $(nproc) cores; load average at the start" \
     "$load_start, at the end $(bench_load)"
echo "renderers: $(sed -n 's/^#renderer\t//p' "$BENCH_ROWS" | paste -sd';' | sed 's/;/; /g')"
echo "load average (1 minute) as each step began: $loads"
[ -z "$failed" ] || echo "FAILED, their rows missing:$failed"
echo "runs: window $runs, edits $edits, agenda PDF $pdf_runs, imports and exports $io_runs (medians)"
echo
{
  printf 'what\tnow\tpeer / bound\tgoal\tmet\n'
  grep -v '^#' "$BENCH_ROWS"
} | awk -F '\t' '
  { for (i = 1; i <= 5; i++) { cell[NR, i] = $i; if (length ($i) > width[i]) width[i] = length ($i) } }
  END {
    for (r = 1; r <= NR; r++) {
      line = "|"
      for (i = 1; i <= 5; i++) line = line sprintf (" %-" width[i] "s |", cell[r, i])
      print line
      if (r == 1) {
        line = "|"
        for (i = 1; i <= 5; i++) { dashes = sprintf ("%" width[i] "s", ""); gsub (/ /, "-", dashes); line = line " " dashes " |" }
        print line
      }
    }
  }'
[ -z "$failed" ]
