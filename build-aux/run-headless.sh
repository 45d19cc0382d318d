#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a UI test under a private X server and D-Bus session (on which no
# service is started: see headless-bus.conf).
# Exits 77 (skipped) only when no display can be had at all.
set -u

if command -v xvfb-run >/dev/null 2>&1 && command -v dbus-run-session >/dev/null 2>&1; then
  exec xvfb-run -a -s '-screen 0 1280x1024x24' \
    dbus-run-session --config-file="$(dirname "$0")/headless-bus.conf" -- \
    env GTK_A11Y=none GSETTINGS_BACKEND=memory "$@"
fi

if [ -n "${WAYLAND_DISPLAY:-}${DISPLAY:-}" ]; then
  exec env GTK_A11Y=none GSETTINGS_BACKEND=memory "$@"
fi

echo "no display and no xvfb-run: skipping $1" >&2
exit 77
