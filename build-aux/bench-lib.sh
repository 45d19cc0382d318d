# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=sh disable=SC2034,SC2154
# (it sets build, runs and sizes for the script, and reads its src and tmp)
# Shared by the benchmark scripts (sourced, not run): installing what they
# time against, timing a command, and writing a row of issue 17's table.
#
# A row goes to the file $BENCH_ROWS when it is set (build-aux/bench.sh
# sets it and prints all the rows as one table at the end): one line of
# five tab-separated fields, "what, now, peer or bound, goal, verdict";
# lines starting with "#" say how it was measured ("#renderer<TAB>…").

# Installs the Debian packages named when their command is missing:
#   bench_need CALLER COMMAND=PACKAGE…   (COMMAND may be a path)
bench_need() {
  caller=$1
  shift
  need=""
  for pair in "$@"; do
    cmd=${pair%%=*}
    if [ "${cmd#/}" != "$cmd" ]; then
      [ -x "$cmd" ] || need="$need ${pair#*=}"
    else
      command -v "$cmd" >/dev/null 2>&1 || need="$need ${pair#*=}"
    fi
  done
  [ -n "$need" ] || return 0
  if [ "$(id -u)" != 0 ]; then
    echo "$caller: missing:$need; run as root, or apt-get install$need" >&2
    return 1
  fi
  echo "$caller: installing$need from Debian's archive" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $need >&2
}

# Runs a command under GNU time; prints "wall-seconds peak-kB cpu-seconds"
# (user and system: on a busy machine the wall time stretches with the
# load, the CPU time hardly does). Fails, with the command's own words on
# standard error, when the command fails. Needs $tmp.
bench_timed() {
  if ! /usr/bin/time -f '%e %M %U %S' -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err"; then
    echo "bench: failed: $*" >&2
    cat "$tmp/err" >&2
    return 1
  fi
  awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$tmp/time"
}

# The median of the numbers on standard input, one a line.
bench_median() {
  sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

# bench_row WHAT NOW PEER GOAL VERDICT: a row of the table, when one is kept.
bench_row() {
  [ -n "${BENCH_ROWS:-}" ] || return 0
  printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" >>"$BENCH_ROWS"
}

bench_load() {
  cut -d' ' -f1-3 /proc/loadavg
}

# 10000 -> 10,000
bench_thousands() {
  echo "$1" | sed ':a
s/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/
ta'
}

# bench_build BUILD_DIR TARGET…: builds what a script runs, unless
# `meson compile -C BUILD_DIR bench` has built it already (LC_BENCH_BUILT=1).
bench_build() {
  [ -z "${LC_BENCH_BUILT:-}" ] || return 0
  dir=$1
  shift
  [ -f "$dir/build.ninja" ] || meson setup "$dir" "$src" >&2
  ninja -C "$dir" "$@" >&2
}

# bench_args [BUILD_DIR] [RUNS] [SIZES]: the arguments of bench-pdf.sh and
# bench-io.sh, with their defaults (build, 3, "1000 10000").
bench_args() {
  build=${1:-$src/build}
  runs=${2:-3}
  sizes=${3:-1000 10000}
  bench_count RUNS "$runs"
  bench_count SIZES "$sizes"
}

# bench_count OPTION VALUE: VALUE must be whole numbers (a list with
# commas or spaces for sizes), else the script stops saying which option.
bench_count() {
  case $2 in
    ''|*[!0-9,\ ]*) echo "bench: $1 takes whole numbers, not \"$2\"" >&2; exit 2 ;;
  esac
}
