#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmarks the agenda PDF against WeasyPrint on the same content.
#   build-aux/bench-pdf.sh [BUILD_DIR] [ITEMS] [RUNS]
# Installs WeasyPrint from Debian's archive when it is missing (root only),
# builds the project in BUILD_DIR (default: build) and prints the figures.
set -eu

src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build}
items=${2:-1000}
runs=${3:-5}

if ! command -v weasyprint >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "bench-pdf.sh: installing WeasyPrint (Debian package weasyprint)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends weasyprint >&2
  else
    echo "bench-pdf.sh: WeasyPrint is missing: run as root, or apt-get install weasyprint" >&2
    exit 1
  fi
fi

[ -f "$build/build.ninja" ] || meson setup "$build" "$src" >&2
ninja -C "$build" src/learning-cities tests/bench-agenda-pdf >&2

# Both renderers see the same machine, the same fonts and the same Arabic
# catalogue (the build tree's).
echo "$(weasyprint --version 2>/dev/null), $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg)"
exec env \
  LC_EXECUTABLE="$build/src/learning-cities" \
  LC_SAMPLE="$src/data/samples/yanbu-2023.json" \
  LC_LOCALEDIR="$build/po" \
  LANGUAGE=en \
  "$build/tests/bench-agenda-pdf" "$items" "$runs"
