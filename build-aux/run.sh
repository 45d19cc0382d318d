#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and opens Learning Cities on the bundled
# sample convention (imported into your library the first time).
# Extra arguments go to the app, e.g. --database=/tmp/try.db
set -eu
cd "$(dirname "$0")/.."

./build-aux/install-deps.sh

if [ -f build/build.ninja ]; then
  meson setup --reconfigure build >/dev/null
else
  meson setup build
fi
meson compile -C build

# Run from the build tree: settings schema and translations from there.
export GSETTINGS_SCHEMA_DIR="$(pwd)/build/data"
export LC_LOCALEDIR="$(pwd)/build/po"
exec ./build/src/learning-cities --sample "$@"
