#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every control a person can operate has a name a screen reader can say.

Starts the real app on the sample convention (a library of its own in a
temporary directory), switches areas with the real Alt+1…5 keys (xdotool,
through the X server), and reads each area as a screen reader does, over
AT-SPI. Fails listing every push button, toggle button, check box, combo
box, entry, menu item, list item… that is showing but has no name, and, in
Arabic, every name with an English word that is not the library's own text.

Usage: test-a11y.py APP  (run by meson under build-aux/run-headless.sh with
LC_TEST_A11Y=1; LC_TEST_LOCALE chooses the language). Exits 77 only when
there is no display.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

DEADLINE = 60 * max(1.0, float(os.environ.get("LC_TEST_TIMEOUT_SCALE", "1")))


def display_answers():
    return subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True).returncode == 0


# The X server may still be starting on a busy machine: wait for it to
# answer before deciding there is no display at all.
_deadline = time.monotonic() + DEADLINE
while not (os.environ.get("DISPLAY") and display_answers()):
    if not os.environ.get("DISPLAY") or time.monotonic() > _deadline:
        # TAP, as meson reads this test: the whole program skipped.
        print("1..0 # SKIP no X display answers")
        sys.exit(0)
    time.sleep(0.1)

import pyatspi  # noqa: E402  (only once there is a display to read)

# An app slowed down (by the sanitizers, by a busy machine) answers late:
# wait for each answer as long as for anything else (the timeouts are in ms:
# for a call, and for an app still starting).
pyatspi.setTimeout(int(DEADLINE * 1000), int(DEADLINE * 1000))

# What a person operates, by AT-SPI role.
INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_LIST_ITEM,
    pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LINK, pyatspi.ROLE_SLIDER, pyatspi.ROLE_TABLE_CELL,
}

# GTK 4.8 answers a nameless widget's name with its type name ("GtkImage"
# for an icon button): that is no name for a person.
TYPE_NAME = re.compile(r"^(Gtk|Adw|Lc)[A-Z][A-Za-z]*$")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Names of file formats, written in Latin letters in Arabic too.
FORMATS = re.compile(r"\b(PDF|XML|JSON|CSV|iCalendar)\b")
# "_Add Item": the underscore marks a mnemonic on screen, a screen reader
# would read it out.
MNEMONIC = re.compile(r"_\w")

AREAS = ["agenda", "speakers", "cities", "declaration", "report"]


def wait_for(what, condition):
    deadline = time.monotonic() + DEADLINE
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            sys.exit(f"timed out waiting for {what}")
        time.sleep(0.1)


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:  # an application quitting as we look
            continue
    return None


def extents(acc):
    try:
        e = acc.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        return (e.x, e.y, e.width, e.height)
    except NotImplementedError:
        return None


def on_screen(acc, window):
    """GTK 4.8 marks no widget but the window "showing", and hidden ones
    "visible" alike. What has never been laid out has no size, though, and
    what a flap put away lies beside the window. (What lies below it is in
    a scrolled list: a person scrolls there, or tabs there, and it is read.)"""
    box = extents(acc)
    if box is None:
        return True
    x, _, width, height = box
    return width > 0 and height > 0 and x < window[2] and x + width > 0


def walk_shown(acc, window=None, path=()):
    """Yields (accessible, its ancestors' roles and names) for everything
    under acc that has a place in the window; what has none hides its
    subtree."""
    if window is None:
        window = extents(acc)
    if not on_screen(acc, window):
        return
    yield acc, path
    here = path + (f"{acc.getRoleName()} “{acc.name}”",)
    for child in acc:
        if child is not None:
            yield from walk_shown(child, window, here)


def page_tabs(frame):
    """The showing view switcher's tabs: Agenda, People, Cities, Declaration, Report."""
    for acc, _ in walk_shown(frame):
        if acc.getRole() == pyatspi.ROLE_PAGE_TAB_LIST and acc.childCount == len(AREAS):
            return [acc[i] for i in range(acc.childCount)]
    return None


def selected(acc):
    state = acc.getState()
    return state.contains(pyatspi.STATE_SELECTED) or state.contains(pyatspi.STATE_CHECKED)


def library_texts():
    """Every text of the sample convention: names a person typed may be in
    either language, whatever the interface's."""
    with open(os.environ["LC_SAMPLE"], encoding="utf-8") as f:
        sample = json.load(f)
    texts = []

    def collect(node):
        if isinstance(node, dict):
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)
        elif isinstance(node, str) and LATIN_WORD.search(node):
            texts.append(node)

    collect(sample)
    # Longest first, so a title goes before a word of it.
    return sorted(texts, key=len, reverse=True)


def controls(frame):
    """The controls shown, as (path, role, name, where)."""
    found = []
    for acc, path in walk_shown(frame):
        if acc.getRole() in INTERACTIVE:
            where = " › ".join(path[-4:])
            if acc.description:
                where += f" (described as “{acc.description}”)"
            found.append((acc.path, acc.getRoleName(), (acc.name or "").strip(), where))
    return found


def check_controls(area, shown, arabic, data, problems, seen):
    """Each control is judged once, in the first area that shows it (a
    hidden page keeps its place on screen in GTK 4.8, so later areas see
    earlier ones too)."""
    for path, role, name, where in shown:
        if path in seen:
            continue
        seen.add(path)
        if not name or TYPE_NAME.match(name):
            problems.append(f"{area}: a {role} with no name ({name or 'empty'}), in {where}")
            continue
        if MNEMONIC.search(name):
            problems.append(f"{area}: a {role} whose name reads a mnemonic’s underscore “{name}”, in {where}")
        if arabic:
            rest = FORMATS.sub("", name)
            for text in data:
                rest = rest.replace(text, "")
            if LATIN_WORD.search(rest):
                problems.append(f"{area}: a {role} named in English “{name}”, in {where}")
    if len(shown) < 5:
        problems.append(f"{area}: only {len(shown)} controls found: the walk does not see the area")


def press(wid, key):
    subprocess.run(["xdotool", "windowfocus", "--sync", wid], check=True)
    subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=True)


def main():
    app_path = sys.argv[1]
    locale = os.environ.get("LC_TEST_LOCALE", "en_US.UTF-8")
    arabic = locale.startswith("ar")
    tmp = tempfile.mkdtemp(prefix="lc-a11y-")
    env = dict(os.environ, XDG_DATA_HOME=tmp, XDG_CONFIG_HOME=tmp,
               LANGUAGE=locale.split(".")[0], LC_ALL=locale, LANG=locale,
               G_DEBUG="gc-friendly,fatal-warnings")
    env.pop("GTK_A11Y", None)
    env.pop("NO_AT_BRIDGE", None)
    # The accessibility bus first, as in a desktop session: started on
    # demand while the app opens its display, it sometimes kept the app
    # from opening it at all.
    wait_for("the accessibility bus", lambda: pyatspi.Registry.getDesktop(0) is not None)
    app = subprocess.Popen([app_path, "--database", os.path.join(tmp, "library.db"), "--sample"], env=env)
    problems = []
    try:
        acc_app = wait_for("the app on the accessibility bus", lambda: find_app(app.pid))
        frame = wait_for("its window", lambda: next(
            (w for w in acc_app if w is not None and w.getState().contains(pyatspi.STATE_SHOWING)), None))
        tabs = wait_for("the sample's areas", lambda: page_tabs(frame))
        wid = wait_for("the window on the X server", lambda: subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(app.pid)],
            capture_output=True, text=True).stdout.split())[0]
        data = library_texts()

        seen = set()
        for index, area in enumerate(AREAS):
            press(wid, f"alt+{index + 1}")
            wait_for(f"Alt+{index + 1} to show {area}", lambda: selected(tabs[index]))
            # Laid out once two readings agree.
            previous = None
            shown = controls(frame)
            while shown != previous:
                previous, shown = shown, wait_for(f"{area} to settle", lambda: controls(frame))
            check_controls(area, shown, arabic, data, problems, seen)

        # The main menu, opened with F10 as a keyboard user opens it.
        press(wid, "F10")
        items = wait_for("the main menu to open", lambda: [c for c in controls(frame)
                                                           if c[1] == "menu item"])
        check_controls("main menu", items, arabic, data, problems, seen)
    finally:
        app.terminate()
        try:
            app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()
        shutil.rmtree(tmp, ignore_errors=True)

    print("1..1")
    if problems:
        print(f"{len(problems)} accessibility problems ({locale}):", file=sys.stderr)
        for problem in problems:
            print("  " + problem, file=sys.stderr)
            print("# " + problem)
        print(f"not ok 1 - every showing control of the five areas has a name ({locale})")
        return 1
    print(f"ok 1 - every showing control of the five areas has a name ({locale})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
