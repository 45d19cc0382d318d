#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Static checks that keep the interface translatable.

1. Every .c, .ui, .in and .gschema.xml file with translatable strings is
   listed in po/POTFILES.in (and every listed file exists).
2. A string literal shown to the user without _(): the obvious cases, a
   literal passed straight to a function that puts text on screen, or a
   `label`/`title`-like property in a .ui file that is not marked
   translatable.

Exit status 1 lists every problem with file and line.
"""
import os
import re
import sys

top = sys.argv[1] if len(sys.argv) > 1 else os.getcwd()
problems = []

with open(os.path.join(top, "po", "POTFILES.in"), encoding="utf-8") as f:
    listed = {line.strip() for line in f if line.strip() and not line.startswith("#")}

for path in sorted(listed):
    if not os.path.exists(os.path.join(top, path)):
        problems.append(f"po/POTFILES.in: {path} does not exist")

C_MARK = re.compile(r'\b(?:_|N_|C_|NC_|g_dngettext|ngettext|g_dpgettext2)\s*\(')
UI_MARK = re.compile(r'translatable="yes"')


def candidates():
    for base in ("src", "data"):
        for root, _dirs, files in os.walk(os.path.join(top, base)):
            for name in files:
                if name.endswith((".c", ".ui", ".desktop.in", ".metainfo.xml.in", ".gschema.xml")):
                    full = os.path.join(root, name)
                    yield os.path.relpath(full, top), full


for rel, full in candidates():
    with open(full, encoding="utf-8") as f:
        text = f.read()
    if rel.endswith(".c"):
        marked = C_MARK.search(text) is not None
    elif rel.endswith(".ui"):
        marked = UI_MARK.search(text) is not None
    else:
        marked = True  # desktop, metainfo and schema files are always translated
    if marked and rel not in listed:
        problems.append(f"{rel}: has translatable strings but is not in po/POTFILES.in")

# Literals put on screen without _(): the common calls whose text argument is
# user-visible. A literal made only of punctuation, digits or a format with
# no letters is not a sentence and passes.
SHOWN = [
    ("gtk_label_set_text", 1), ("gtk_label_set_label", 1), ("gtk_label_new", 0),
    ("gtk_button_set_label", 1), ("gtk_button_new_with_label", 0),
    ("gtk_button_new_with_mnemonic", 0), ("gtk_window_set_title", 1),
    ("adw_toast_new", 0), ("adw_status_page_set_title", 1),
    ("adw_status_page_set_description", 1), ("adw_preferences_row_set_title", 1),
    ("adw_action_row_set_subtitle", 1), ("adw_window_title_set_title", 1),
    ("adw_window_title_set_subtitle", 1), ("gtk_widget_set_tooltip_text", 1),
    ("adw_message_dialog_new", 1), ("adw_message_dialog_new", 2),
    ("adw_message_dialog_add_response", 2), ("adw_toast_set_button_label", 1),
    ("gtk_editable_set_text", 1), ("gtk_string_list_append", 1),
    ("adw_view_stack_page_set_title", 1), ("gtk_check_button_set_label", 1),
]
LITERAL = re.compile(r'\s*"((?:[^"\\]|\\.)*)"\s*[,)]')
for rel, full in candidates():
    if not rel.endswith(".c"):
        continue
    with open(full, encoding="utf-8") as f:
        lines = f.read().split("\n")
    text = "\n".join(lines)
    for func, index in SHOWN:
        for m in re.finditer(r"\b" + func + r"\s*\(", text):
            # Walk to the argument at `index` (top-level commas only).
            i, depth, arg = m.end(), 0, 0
            start = i
            while i < len(text):
                c = text[i]
                if c == '"':
                    i += 1
                    while i < len(text) and text[i] != '"':
                        i += 2 if text[i] == "\\" else 1
                elif c in "([{":
                    depth += 1
                elif c in ")]}":
                    if depth == 0:
                        break
                    depth -= 1
                elif c == "," and depth == 0:
                    if arg == index:
                        break
                    arg += 1
                    start = i + 1
                i += 1
            if arg != index:
                continue
            argument = text[start:i]
            lit = LITERAL.match(argument + ")")
            if lit and re.search(r"[A-Za-z\u0600-\u06FF]{2,}", lit.group(1)):
                line = text.count("\n", 0, m.start()) + 1
                problems.append(f"{rel}:{line}: \"{lit.group(1)}\" reaches the screen through {func} without _()")

UI_PROPS = re.compile(r'<property name="(label|title|subtitle|description|tooltip-text|placeholder-text|text)"(?![^>]*translatable)[^>]*>([^<]*[A-Za-z]{2,}[^<]*)</property>')
for rel, full in candidates():
    if not rel.endswith(".ui"):
        continue
    with open(full, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            m = UI_PROPS.search(line)
            if m:
                problems.append(f"{rel}:{number}: {m.group(1)} \"{m.group(2)}\" is not marked translatable")

for p in problems:
    print(p)
print(f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
