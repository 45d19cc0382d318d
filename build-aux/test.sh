#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs the whole test suite twice:
# once in a normal build (UI tests under Xvfb), once under AddressSanitizer
# and UndefinedBehaviorSanitizer. Exits non-zero when anything fails.
set -eu
cd "$(dirname "$0")/.."
top=$(pwd)

./build-aux/install-deps.sh

setup () {
  dir=$1; shift
  if [ -f "$dir/build.ninja" ]; then
    meson setup --reconfigure "$dir" "$@" >/dev/null
  else
    meson setup "$dir" "$@"
  fi
}

status=0

# The fuzzers' smoke run inside the suite, 5 s a target after their build
# with clang (about 50 s): the corpora replayed and a few thousand new
# inputs. The long campaigns are run by hand (tests/fuzz/README.md).
LC_FUZZ_SECONDS=${LC_FUZZ_SECONDS:-5}
export LC_FUZZ_SECONDS

# Three tests at a time on two processors: the journeys and UI tests spend
# a third of their time waiting for the display, the bus or the app (the
# journeys alone: 187 s with two at a time, processors 68 % busy; 150 s
# with three).
setup build
meson compile -C build
meson test -C build --print-errorlogs --num-processes 3 || status=1

# Again under the sanitizers, every test (the UI tests and journeys once, in
# Arabic) except the fuzzers: fuzzing is a normal-build job with clang's own
# sanitizers.
setup build-sanitize -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug
meson compile -C build-sanitize
meson test -C build-sanitize --print-errorlogs --num-processes 3 --no-suite fuzz || status=1

python3 "$top/build-aux/test-summary.py" build/meson-logs/testlog.json build-sanitize/meson-logs/testlog.json || status=1
exit $status
