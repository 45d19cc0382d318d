#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks one catalogue: msgfmt must accept it (including that every format
# string in a translation matches its msgid) and it must have no untranslated
# and no fuzzy messages.
#
# Usage: check-po.sh po/ar.po
set -u

if [ $# -ne 1 ]; then
  echo "usage: $0 FILE.po" >&2
  exit 2
fi
po=$1

if [ ! -f "$po" ]; then
  echo "$po: no such file" >&2
  exit 1
fi

# msgfmt writes its statistics to stderr, e.g.
#   "123 translated messages, 2 fuzzy translations, 4 untranslated messages."
stats=$(LC_ALL=C msgfmt --check --check-format --statistics -o /dev/null "$po" 2>&1)
rc=$?
printf '%s\n' "$stats"
if [ "$rc" -ne 0 ]; then
  echo "$po: msgfmt --check failed" >&2
  exit 1
fi

summary=$(printf '%s\n' "$stats" | tail -n 1)
translated=$(printf '%s\n' "$summary" | sed -n 's/^\([0-9][0-9]*\) translated message.*/\1/p')
fuzzy=$(printf '%s\n' "$summary" | sed -n 's/.* \([0-9][0-9]*\) fuzzy translation.*/\1/p')
untranslated=$(printf '%s\n' "$summary" | sed -n 's/.* \([0-9][0-9]*\) untranslated message.*/\1/p')

if [ -z "$translated" ]; then
  echo "$po: cannot read msgfmt statistics: $summary" >&2
  exit 1
fi

status=0
if [ -n "$fuzzy" ] && [ "$fuzzy" -ne 0 ]; then
  echo "$po: $fuzzy fuzzy translation(s)" >&2
  status=1
fi
if [ -n "$untranslated" ] && [ "$untranslated" -ne 0 ]; then
  echo "$po: $untranslated untranslated message(s)" >&2
  status=1
fi
[ "$status" -ne 0 ] || echo "$po: $translated messages, all translated"
exit "$status"
