#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets of tests/fuzz/ with clang (ASan and UBSan on)
# and runs each for a bounded time:
#
#   build-aux/fuzz.sh [SECONDS] [WORKDIR]
#
# SECONDS per target (default $LC_FUZZ_SECONDS or 60; LC_FUZZ_TARGETS picks
# some of "csv convention schedule export sheet"); WORKDIR keeps the
# binaries, the grown corpora and any crashing input (default: a new
# temporary folder, removed after a clean run). The seed corpora
# tests/fuzz/corpus-*/ are only read.
# A crash makes the script fail and names the input: fix the bug, then copy
# the input into tests/fuzz/regressions/<target>/ so the normal tests
# replay it for ever. Exits 77 (skipped) when clang or libFuzzer is missing.
set -eu

srcdir=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-${LC_FUZZ_SECONDS:-60}}
if [ $# -ge 2 ]; then
  work=$2
  own_work=0
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/lc-fuzz.XXXXXX")
  own_work=1
fi
mkdir -p "$work"

CC=${CC_FUZZ:-clang}
if ! command -v "$CC" >/dev/null 2>&1; then
  echo "fuzz.sh: $CC not found: skipped (build-aux/install-deps.sh installs it)" >&2
  exit 77
fi
if ! echo 'int LLVMFuzzerTestOneInput(const char*d,unsigned long n){return 0;}' \
    | "$CC" -x c -fsanitize=fuzzer -o "$work/probe" - 2>/dev/null; then
  echo "fuzz.sh: $CC cannot build libFuzzer targets (libclang-rt-14-dev?): skipped" >&2
  exit 77
fi

pkgs="glib-2.0 gobject-2.0 gio-2.0 sqlite3 json-glib-1.0 pango pangocairo pangoft2 fontconfig cairo cairo-pdf libical libxml-2.0 libgsf-1 graphene-1.0 gdk-pixbuf-2.0 fribidi libqrencode poppler-glib"
core="$srcdir/src/core"

# What meson generates, made here so the script needs no build tree.
{
  echo '#define GETTEXT_PACKAGE "learning-cities"'
  echo '#define LOCALEDIR "/usr/share/locale"'
  echo '#define APPLICATION_ID "org.example.LearningCities"'
  echo '#define PACKAGE_VERSION "fuzz"'
  echo '#define PKGDATADIR "/usr/share/learning-cities"'
} > "$work/config.h"

enum_headers=$(ls "$core"/*enums.h)
# shellcheck disable=SC2086
glib-mkenums \
  --fhead '#pragma once\n#include <glib-object.h>\n#include "lc-enums.h"\nG_BEGIN_DECLS\n' \
  --eprod 'GType @enum_name@_get_type (void) G_GNUC_CONST;\n#define @ENUMPREFIX@_TYPE_@ENUMSHORT@ (@enum_name@_get_type ())\n' \
  --ftail 'G_END_DECLS\n' \
  $enum_headers > "$work/lc-enums-types.h"
# shellcheck disable=SC2086
glib-mkenums \
  --fhead '#include "lc-enums-types.h"\n' \
  --fprod '#include "@basename@"\n' \
  --vhead 'GType\n@enum_name@_get_type (void)\n{\n  static gsize id = 0;\n  static const G@Type@Value values[] = {' \
  --vprod '    { @VALUENAME@, "@VALUENAME@", "@valuenick@" },' \
  --vtail '    { 0, NULL, NULL }\n  };\n  if (g_once_init_enter (&id))\n    g_once_init_leave (&id, g_@type@_register_static (g_intern_static_string ("@EnumName@"), values));\n  return id;\n}\n' \
  $enum_headers > "$work/lc-enums-types.c"

# shellcheck disable=SC2086
CFLAGS="-g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined
  -fno-sanitize-recover=undefined -std=gnu11 -DGLIB_VERSION_MIN_REQUIRED=GLIB_VERSION_2_74 -DGLIB_VERSION_MAX_ALLOWED=GLIB_VERSION_2_74
  -I$work -I$core -I$srcdir/tests/fuzz $(pkg-config --cflags $pkgs)"
# shellcheck disable=SC2086
LIBS="$(pkg-config --libs $pkgs) -lm"

# The whole core library, instrumented for coverage: a target reaches
# whatever the code it calls needs, and no list of files here goes stale.
echo "fuzz.sh: building the core library"
rm -rf "$work/obj"
mkdir -p "$work/obj"
for source in "$core"/*.c "$work/lc-enums-types.c" "$srcdir/tests/fuzz/fuzz-store.c"; do
  # shellcheck disable=SC2086
  "$CC" $CFLAGS -fsanitize=fuzzer-no-link -c -o "$work/obj/$(basename "$source" .c).o" "$source"
done
rm -f "$work/liblc-core-fuzz.a"
ar rcs "$work/liblc-core-fuzz.a" "$work"/obj/*.o

status=0
for target in ${LC_FUZZ_TARGETS:-csv convention schedule export sheet exchange}; do
  echo "fuzz.sh: building fuzz-$target"
  # shellcheck disable=SC2086
  "$CC" $CFLAGS -fsanitize=fuzzer -o "$work/fuzz-$target" "$srcdir/tests/fuzz/fuzz-$target.c" \
    "$work/liblc-core-fuzz.a" $LIBS

  mkdir -p "$work/corpus-$target" "$work/artifacts-$target"
  echo "fuzz.sh: running fuzz-$target for $seconds s (corpus and crashes in $work)"
  # New inputs go to the first folder (the work copy), never to the seeds.
  if ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1} \
     UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1} \
     LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$srcdir/build-aux/lsan.supp:print_suppressions=0} \
     G_DEBUG=fatal-criticals G_SLICE=always-malloc \
     "$work/fuzz-$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
       -max_len=65536 -print_final_stats=1 \
       -artifact_prefix="$work/artifacts-$target/" \
       "$work/corpus-$target" "$srcdir/tests/fuzz/corpus-$target" \
       > "$work/fuzz-$target.log" 2>&1; then
    tail -n 12 "$work/fuzz-$target.log"
  else
    status=1
    tail -n 60 "$work/fuzz-$target.log"
    echo "fuzz.sh: fuzz-$target FAILED; crashing input(s):" >&2
    ls -l "$work/artifacts-$target/" >&2
  fi
done

# A folder of our own is removed after a clean run, kept when there is
# something to look at.
if [ "$status" = 0 ] && [ "$own_work" = 1 ]; then
  rm -rf "$work"
fi
exit $status
