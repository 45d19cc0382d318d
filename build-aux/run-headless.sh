#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a UI test under a private X server and D-Bus session (on which no
# service is started: see headless-bus.conf).
# The tests speak TAP: when no display can be had at all, the whole
# program is reported skipped ("1..0 # SKIP").
#
# GTK's accessibility is off (GTK_A11Y=none) unless LC_TEST_A11Y=1: only
# the test that reads the window over AT-SPI needs the accessibility bus,
# which the private D-Bus session then starts on demand.
set -u

if [ "${LC_TEST_A11Y:-0}" = 1 ]; then
  a11y=""
else
  a11y="GTK_A11Y=none"
fi

# A display number no X server uses, judged by the lock files in /tmp and by
# the abstract sockets in /proc/net/unix: a server started by a process
# with a /tmp of its own leaves no lock here, and if we took its number our
# clients would reach its abstract socket and be refused ("cannot open
# display"). Starting from a random number keeps parallel runs apart: from
# /dev/urandom, not awk's srand (), which is seeded by the second, so that
# tests started in the same second took the same number and one of them
# found no display.
free_display() {
  n=$(( 200 + $(od -An -N2 -tu2 /dev/urandom) % 700 ))
  while [ -e "/tmp/.X$n-lock" ] || grep -q "@/tmp/.X11-unix/X$n\$" /proc/net/unix 2>/dev/null; do
    n=$((n + 1))
  done
  echo "$n"
}

# The test's own temporary folder, removed when it ends, whatever it
# leaves there: a test that types a path into a file chooser makes GTK list
# each folder of the path as it is typed, and a /tmp full of what earlier
# runs left behind made that take minutes.
testtmp=$(mktemp -d "${TMPDIR:-/tmp}/lc-ui-test.XXXXXX") || exit 1
busdir=""
trap 'rm -rf "$testtmp" ${busdir:+"$busdir"}' EXIT

if command -v xvfb-run >/dev/null 2>&1 && command -v dbus-run-session >/dev/null 2>&1; then
  conf="$(dirname "$0")/headless-bus.conf"
  if [ "${LC_TEST_A11Y:-0}" = 1 ]; then
    # The same bus, able to start one service: the accessibility bus.
    busdir=$(mktemp -d "${TMPDIR:-/tmp}/lc-headless-bus.XXXXXX")
    mkdir "$busdir/services"
    # Its services write to stdout ("SpiRegistry daemon is running…"), which
    # is the test's TAP stream: send what they say to stderr instead.
    sed 's|^Exec=\(.*\)$|Exec=/bin/sh -c "exec \1 >\&2"|' \
      /usr/share/dbus-1/services/org.a11y.Bus.service > "$busdir/services/org.a11y.Bus.service"
    sed "s|</busconfig>|  <servicedir>$busdir/services</servicedir>\n</busconfig>|" "$conf" > "$busdir/bus.conf"
    conf=$busdir/bus.conf
  fi
  # shellcheck disable=SC2086
  xvfb-run -a -n "$(free_display)" -s '-screen 0 1280x1024x24' \
    dbus-run-session --config-file="$conf" -- env $a11y GSETTINGS_BACKEND=memory TMPDIR="$testtmp" "$@"
  exit $?
fi

if [ -n "${WAYLAND_DISPLAY:-}${DISPLAY:-}" ]; then
  # shellcheck disable=SC2086
  env $a11y GSETTINGS_BACKEND=memory TMPDIR="$testtmp" "$@"
  exit $?
fi

echo "no display and no xvfb-run: skipping $1" >&2
echo "1..0 # SKIP no display and no xvfb-run"
exit 0
