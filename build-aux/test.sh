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

setup build
meson compile -C build
meson test -C build --print-errorlogs --num-processes 2 || status=1

# Fuzzing is a normal-build job (clang's own sanitizers); the rest runs again here.
setup build-sanitize -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug
meson compile -C build-sanitize
meson test -C build-sanitize --print-errorlogs --num-processes 2 --no-suite fuzz || status=1

python3 "$top/build-aux/test-summary.py" build/meson-logs/testlog.json build-sanitize/meson-logs/testlog.json || status=1
exit $status
