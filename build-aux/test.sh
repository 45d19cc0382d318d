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

# The fuzzers' smoke run inside the suite (the long campaigns are run by hand:
# tests/fuzz/README.md).
LC_FUZZ_SECONDS=${LC_FUZZ_SECONDS:-20}
export LC_FUZZ_SECONDS

setup build
meson compile -C build

# Again under the sanitizers, every test (the UI tests and journeys once, in
# Arabic) except the fuzzers: fuzzing is a normal-build job with clang's own
# sanitizers. That build is compiled, at a lower priority, while the normal
# build's tests run: one after the other, the suite took 16.5 minutes on a
# 2-core machine, 3.2 of them this compile. Its output is kept in a file
# and shown if it fails.
setup build-sanitize -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug
nice -n 10 meson compile -C build-sanitize >build-sanitize/meson-logs/compile.txt 2>&1 &
sanitize_compile=$!

meson test -C build --print-errorlogs --num-processes 2 || status=1

if ! wait "$sanitize_compile"; then
  cat build-sanitize/meson-logs/compile.txt
  status=1
fi
meson compile -C build-sanitize || status=1
meson test -C build-sanitize --print-errorlogs --num-processes 2 --no-suite fuzz || status=1

python3 "$top/build-aux/test-summary.py" build/meson-logs/testlog.json build-sanitize/meson-logs/testlog.json || status=1
exit $status
