#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmarks imports and exports (issue 17: "Imports and exports grow
# linearly (10,000 items: import 1.9 s, export 1.1 s, ICS 0.8 s, XML 1.2 s):
# keep them so"), through the command line as a user runs them, a process
# per run, on generated conventions (tests/bench/bench-pdf-bound --generate).
#   build-aux/bench-io.sh [BUILD_DIR] [RUNS] [SIZES]
# RUNS defaults to 3, SIZES to "1000 10000". For each of import of the
# convention file, its export, the ICS export and the schedule XML and JSON
# exports it prints the median wall and CPU time at each size, the growth
# from the first size to the last, and whether it stays linear: growth at
# most 1.3 times the sizes' ratio (x13 from 1,000 to 10,000, where n log n
# is x13.3; HACKING.md says why) and, at 10,000 items, under the issue's
# figure. The sizes are timed turn about, so a load that comes and goes
# stretches both alike.
set -eu

src=$(cd "$(dirname "$0")/.." && pwd)
. "$src/build-aux/bench-lib.sh"
bench_args "$@"
bench_need bench-io.sh /usr/bin/time=time

bench_build "$build" src/learning-cities tests/bench/bench-pdf-bound

exe=$build/src/learning-cities
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LANGUAGE=en LC_ALL=C.UTF-8

echo "Imports and exports: $(nproc) cores, load $(bench_load); median of $runs runs, a process each"

# A library per size, and its convention file for the import.
for n in $sizes; do
  id=$("$build/tests/bench/bench-pdf-bound" --generate="$n" "$tmp/library-$n.db")
  echo "$id" >"$tmp/id-$n"
  "$exe" --database="$tmp/library-$n.db" --convention="$id" --export="$tmp/convention-$n.json" >/dev/null
done

# run_one KIND N: one timed run of KIND at size N.
run_one() {
  db=$tmp/library-$2.db
  id=$(cat "$tmp/id-$2")
  case $1 in
    import)
      rm -rf "$tmp"/imported.db*
      bench_timed "$exe" --database="$tmp/imported.db" --import="$tmp/convention-$2.json" ;;
    export) bench_timed "$exe" --database="$db" --convention="$id" --export="$tmp/out.json" ;;
    ics) bench_timed "$exe" --database="$db" --convention="$id" --export-ics="$tmp/out.ics" ;;
    xml) bench_timed "$exe" --database="$db" --convention="$id" --export-schedule-xml="$tmp/out.xml" ;;
    json) bench_timed "$exe" --database="$db" --convention="$id" --export-schedule-json="$tmp/out-schedule.json" ;;
  esac
}

first=${sizes%% *}
last=${sizes##* }
printf '%-36s %-28s %-28s %s\n' "what ($(echo "$sizes" | sed 's/ / \/ /g') items)" "wall s (growth)" \
       "CPU s (growth)" "goal"
# KIND, the 10,000-item ceiling (the issue's figure; JSON has none there:
# the XML's), and what the row is called.
for spec in "import 1.9 import of the convention file" "export 1.1 export of the convention file" \
            "ics 0.8 ICS export" "xml 1.2 schedule XML export" "json 1.2 schedule JSON export"; do
  kind=${spec%% *}
  rest=${spec#* }
  ceiling=${rest%% *}
  what=${rest#* }
  r=0
  while [ "$r" -lt "$runs" ]; do
    for n in $sizes; do
      run_one "$kind" "$n" >>"$tmp/$kind-$n"
    done
    r=$((r + 1))
  done
  walls="" cpus=""
  for n in $sizes; do
    walls="$walls${walls:+ / }$(cut -d' ' -f1 "$tmp/$kind-$n" | bench_median)"
    cpus="$cpus${cpus:+ / }$(cut -d' ' -f3 "$tmp/$kind-$n" | bench_median)"
  done
  wall_first=$(cut -d' ' -f1 "$tmp/$kind-$first" | bench_median)
  wall_last=$(cut -d' ' -f1 "$tmp/$kind-$last" | bench_median)
  cpu_first=$(cut -d' ' -f3 "$tmp/$kind-$first" | bench_median)
  cpu_last=$(cut -d' ' -f3 "$tmp/$kind-$last" | bench_median)
  # Linear: at most 1.3 times the sizes' ratio.
  bound=$(awk -v a="$first" -v b="$last" 'BEGIN { printf "%.0f", 1.3 * b / a }')
  growth=$(awk -v a="$wall_first" -v b="$wall_last" 'BEGIN { printf "%.1f", (a > 0 ? b / a : 0) }')
  cpu_growth=$(awk -v a="$cpu_first" -v b="$cpu_last" 'BEGIN { printf "%.1f", (a > 0 ? b / a : 0) }')
  goal="linear (<= x$bound)"
  [ "$last" = 10000 ] && goal="$goal, <= $ceiling s at 10,000"
  met=$(awk -v g="$growth" -v b="$bound" -v w="$wall_last" -v c="$ceiling" -v n="$last" \
        'BEGIN { print (g <= b && (n != 10000 || w <= c)) ? "met" : "MISSED" }')
  [ "$first" != "$last" ] || { growth="-" cpu_growth="-" met="-"; }
  printf '%-36s %-28s %-28s %s: %s\n' "$what" "$walls (x$growth)" "$cpus (x$cpu_growth)" "$goal" "$met"
  label=$(for n in $sizes; do bench_thousands "$n"; done | paste -sd/ | sed 's|/| / |g')
  bench_row "$what, $label" "$walls s (x$growth)" "CPU $cpus s (x$cpu_growth)" "$goal" "$met"
done
