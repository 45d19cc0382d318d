#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the AppStream metainfo as Flathub does (appstreamcli, pedantic)
# and fails on any remark at all (error, warning, info or pedantic), except:
#  - cid-contains-uppercase-letter: the component ID is the app ID,
#    org.example.LearningCities, whose CamelCase last part is the Flatpak
#    convention (GNOME's own apps get the same remark);
#  - unknown-tag developer, from AppStream before 1.0 only (Debian 12 has
#    0.16): <developer> is what Flathub requires, and AppStream 1.0 (in the
#    GNOME SDK) knows it.
# Usage: validate-metainfo.sh APPSTREAMCLI FILE
set -u
appstreamcli=$1
file=$2

out=$("$appstreamcli" validate --pedantic --no-net --explain "$file" 2>&1)
rc=$?
printf '%s\n' "$out"
[ "$rc" -eq 0 ] || exit 1

version=$("$appstreamcli" --version | sed -n 's/^AppStream version: *//p')
allowed="cid-contains-uppercase-letter"
case "$version" in
  0.*) allowed="$allowed|unknown-tag developer" ;;
esac

remarks=$(printf '%s\n' "$out" | grep -E '^[EWIP]: ' | grep -Ev "^[EWIP]: [^ ]+: ($allowed)( |$)")
if [ -n "$remarks" ]; then
  printf '\nnot allowed:\n%s\n' "$remarks"
  exit 1
fi
exit 0
