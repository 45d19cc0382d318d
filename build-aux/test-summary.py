#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints one closing line for all test runs: 'N passed, N failed, N skipped',
then, one per line, every test program or test case that was skipped and why.

The tests speak TAP: a case that skips ("ok 3 /path # SKIP reason") is
counted here even when the rest of its program ran, so a skip is never
hidden inside an OK."""
import json
import re
import sys

SKIPPED_CASE = re.compile(r"^ok\s+\d+\s*-?\s*(.*?)\s*#\s*SKIP\b\s*(.*)$", re.IGNORECASE)
SKIPPED_ALL = re.compile(r"^1\.\.0\s*#\s*SKIP\b\s*(.*)$", re.IGNORECASE)

passed = failed = skipped = 0
skips = []
skipped_cases = 0
for path in sys.argv[1:]:
    try:
        with open(path, encoding="utf-8") as f:
            lines = [json.loads(line) for line in f if line.strip()]
    except OSError as e:
        print(f"no test log at {path}: {e}", file=sys.stderr)
        failed += 1
        continue
    for t in lines:
        name = t.get("name")
        result = t.get("result")
        if result in ("OK", "EXPECTEDFAIL"):
            passed += 1
        elif result == "SKIP":
            skipped += 1
        else:
            failed += 1
            print(f"failed: {name} ({result}) in {path}", file=sys.stderr)
        for line in (t.get("stdout") or "").splitlines():
            m = SKIPPED_ALL.match(line)
            if m:
                skips.append(f"{name}: skipped: {m.group(1)}")
                continue
            m = SKIPPED_CASE.match(line)
            if m:
                skipped_cases += 1
                skips.append(f"{name}: {m.group(1)} skipped: {m.group(2)}")

if passed == 0:
    print("no test ran", file=sys.stderr)
    failed += 1
print(f"{passed} passed, {failed} failed, {skipped} skipped"
      + (f" ({skipped_cases} skipped cases inside programs that ran)" if skipped_cases else ""))
for s in skips:
    print("  " + s)
sys.exit(1 if failed else 0)
