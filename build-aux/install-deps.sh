#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs, from Debian 12's own archive, everything Learning Cities needs to
# build, run, test and benchmark. Safe to run again: apt-get skips what is there.
set -eu

if [ "$(id -u)" != 0 ]; then
  echo "install-deps.sh: run as root (or with sudo) to install packages" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive

# libreoffice-calc-nogui writes the .xlsx and .ods files that
# tests/test-spreadsheet-import.c reads (about 40 s to install, 1.5 s a file);
# libreoffice-writer-nogui reads the report's .fodt in tests/test-report-odt.c.
# libqrencode-dev makes the badges' QR codes; zbar-tools' zbarimg reads them
# back in tests/test-badges.c.
PACKAGES="
  build-essential meson ninja-build pkg-config gettext
  clang libclang-rt-14-dev
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev
  libsqlite3-dev sqlite3 libjson-glib-dev
  libpango1.0-dev libcairo2-dev libxml2-dev libxml2-utils libical-dev libgsf-1-dev
  libgdk-pixbuf-2.0-dev
  libqrencode-dev zbar-tools
  libreoffice-calc-nogui libreoffice-writer-nogui
  desktop-file-utils appstream
  xvfb xauth dbus dbus-x11 libgtk-4-bin libxtst-dev libxdamage-dev
  at-spi2-core python3-pyatspi xdotool
  python3 python3-jsonschema python3-icalendar
  fonts-noto-core fonts-dejavu-core
  xdg-desktop-portal fuse3
  poppler-utils libpoppler-glib-dev librsvg2-bin
  locales unicode-cldr-core
"

# Only reach for the network when something is actually missing.
missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -n "$missing" ]; then
  apt-get update -q
  # shellcheck disable=SC2086
  apt-get install -y -q --no-install-recommends $missing
fi

# The Arabic and English locales the tests run under.
need_gen=0
for loc in en_US.UTF-8 ar_SA.UTF-8 ar_EG.UTF-8; do
  if ! locale -a 2>/dev/null | grep -qi "^$(echo "$loc" | sed 's/UTF-8/utf8/')\$"; then
    sed -i "s/^# *\($loc UTF-8\)/\1/" /etc/locale.gen
    grep -q "^$loc UTF-8" /etc/locale.gen || echo "$loc UTF-8" >> /etc/locale.gen
    need_gen=1
  fi
done
[ "$need_gen" = 0 ] || locale-gen
