#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The widgets do not reach up (issue 16): outside the window's own files
# (lc-window.[ch], lc-window-private.h, lc-window-library.c) and the
# application that creates it, nothing includes lc-window.h; under src/gui
# only the window includes lc-application.h. Widgets report through
# lc-feedback.h, reach the window through actions, and read shared state
# from lc-context.h.
#
# Usage: check-layers.sh SOURCE_ROOT
# Exits 1 listing each file that breaks the rule.
set -u

if [ $# -ne 1 ]; then
  echo "usage: $0 SOURCE_ROOT" >&2
  exit 2
fi
top=$1
status=0

for f in $(grep -rl '#include "lc-window.h"' "$top/src"); do
  case ${f#"$top"/} in
    src/gui/lc-window.c|src/gui/lc-window.h|src/gui/lc-window-private.h|src/gui/lc-window-library.c|src/lc-application.c) ;;
    *) echo "${f#"$top"/}: includes lc-window.h (report through lc-feedback.h, reach the window through its win.* actions)"
       status=1 ;;
  esac
done

for f in $(grep -rl '#include "lc-application.h"' "$top/src/gui"); do
  case ${f#"$top"/} in
    src/gui/lc-window.c) ;;
    *) echo "${f#"$top"/}: includes lc-application.h (read shared state from lc-context.h)"
       status=1 ;;
  esac
done

exit $status
