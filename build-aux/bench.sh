#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the app and the benchmark in BUILD_DIR (default: build) and runs the
# benchmark under Xvfb, so that the window's first frame is timed too.
#   build-aux/bench.sh [BUILD_DIR] [BENCH OPTIONS…]   e.g. --runs=3 --sizes=100,1000
# Same as `meson compile -C BUILD_DIR bench`, which takes no options.
set -eu

src=$(cd "$(dirname "$0")/.." && pwd)
build=$src/build
case ${1:-} in
  ''|-*) ;;
  *) build=$1; shift ;;
esac

# The window's first paint is set beside GNOME Text Editor's, in the same run.
if ! command -v gnome-text-editor >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "bench.sh: installing GNOME Text Editor (Debian package gnome-text-editor)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends gnome-text-editor >&2
  else
    echo "bench.sh: GNOME Text Editor is missing: its first paint will not be measured" >&2
  fi
fi

[ -f "$build/build.ninja" ] || meson setup "$build" "$src" >&2
ninja -C "$build" src/learning-cities tests/bench/lc-bench data/gschemas.compiled >&2

exec env \
  LC_EXECUTABLE="$build/src/learning-cities" \
  LC_SAMPLE="$src/data/samples/yanbu-2023.json" \
  LC_LOCALEDIR="$build/po" \
  GSETTINGS_SCHEMA_DIR="$build/data" \
  LANGUAGE=en \
  "$src/build-aux/run-headless.sh" "$build/tests/bench/lc-bench" "$@"
