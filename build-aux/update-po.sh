#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the translation template from po/POTFILES.in and merges it into
# every catalogue listed in po/LINGUAS, then reports what is left to translate.
#
# Usage: build-aux/update-po.sh [BUILDDIR]
#   BUILDDIR: a configured meson build directory of this tree; without it a
#   temporary one is set up (and removed afterwards).
#   KEEP_POT=1 keeps po/learning-cities.pot (it is removed by default, since
#   it is generated and goes stale).
#
# Exits 0 when every catalogue is complete, 1 when something is untranslated
# or fuzzy (changed msgids come back fuzzy, with the previous msgid shown
# as "#| msgid", so that a translator reviews them), 2 on a usage or tool error.
set -eu

srcdir=$(cd "$(dirname "$0")/.." && pwd)
podir=$srcdir/po
package=learning-cities
pot=$podir/$package.pot

tmpbuild=""
cleanup() {
  [ -z "$tmpbuild" ] || rm -rf "$tmpbuild"
  [ "${KEEP_POT:-0}" = 1 ] || rm -f "$pot"
}
trap cleanup EXIT

if [ $# -gt 1 ]; then
  echo "usage: $0 [BUILDDIR]" >&2
  exit 2
fi

if [ $# -eq 1 ]; then
  builddir=$1
  if [ ! -f "$builddir/build.ninja" ]; then
    echo "$builddir is not a configured meson build directory" >&2
    exit 2
  fi
else
  tmpbuild=$(mktemp -d "${TMPDIR:-/tmp}/lc-update-po.XXXXXX")
  builddir=$tmpbuild/build
  meson setup "$builddir" "$srcdir" >/dev/null || {
    echo "meson setup failed; see $builddir/meson-logs/meson-log.txt" >&2
    exit 2
  }
fi

# The template, from po/POTFILES.in with the glib preset's keywords and flags.
meson compile -C "$builddir" "$package-pot" >/dev/null
echo "template: $(msgattrib --no-obsolete "$pot" | grep -c '^msgid ' | awk '{ print $1 - 1 }') messages"

status=0
for lang in $(sed -e 's/#.*//' "$podir/LINGUAS"); do
  po=$podir/$lang.po
  if [ -f "$po" ]; then
    msgmerge --quiet --update --backup=none --previous "$po" "$pot"
  else
    GETTEXTCLDRDIR=${GETTEXTCLDRDIR:-/usr/share/unicode/cldr} \
      msginit --no-translator --locale="$lang" --input="$pot" --output-file="$po"
  fi
  # Counts, and a failure when anything is untranslated or fuzzy.
  "$srcdir/build-aux/check-po.sh" "$po" || status=1
  for kind in untranslated only-fuzzy; do
    msgattrib --"$kind" --no-obsolete --no-wrap "$po" |
      sed -n 's/^msgid "\(..*\)"$/  '"$kind"': \1/p'
  done
done
exit "$status"
