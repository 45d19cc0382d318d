#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Flatpak manifest of Learning Cities.

1. It must be valid against flatpak-builder's JSON schema (draft-07), read
   from ../shared/reference/flatpak/ beside the source tree.
2. It must not ask for broad permissions: the app reaches files only through
   the file chooser portal and needs no network, so any --filesystem,
   --share=network, a bare --socket=x11, --device=all, a session or system
   bus socket, or talking to org.freedesktop.Flatpak fails the check.
3. The app module must build with meson and run its tests, and come last,
   after the modules of what the GNOME runtime lacks (libgsf). Every source
   is part of this repository (a file, folder or patch inside this tree, or
   text in the manifest), or an archive pinned by its sha256 and downloaded
   over https from an allowed host (GNOME's release server): no path of the
   building machine, no file:// URL, no git branch or other source that can
   change under the same manifest.

Before judging the real manifest, the checker proves on mutated copies that
it does catch each kind of broad permission and of unpinned, foreign or host
source, for the reason it should, so it cannot pass vacuously.

Usage: check-manifest.py [MANIFEST]   (default: $LC_SOURCE_DIR/<app id>.json)
Prints TAP: the schema case is skipped when ../shared/reference is absent
(a user's clone); the other two always run.
"""

import copy
import json
import os
import re
import sys
from urllib.parse import urlparse

APP_ID = "org.example.LearningCities"
COMMAND = "learning-cities"

# Permissions that open the sandbox wider than this app needs, with the reason
# shown to whoever adds one. Matched on "option=value" (or the bare option).
BROAD = {
    "--share=network": "the app needs no network",
    "--socket=x11": "use --socket=fallback-x11, so that X11 is only used without Wayland",
    "--socket=session-bus": "gives the whole session bus; use --talk-name for one name",
    "--socket=system-bus": "gives the whole system bus",
    "--socket=ssh-auth": "the app does not use ssh",
    "--socket=gpg-agent": "the app does not use gpg",
    "--socket=pcsc": "the app does not use smart cards",
    "--socket=cups": "printing goes through the print portal",
    "--device=all": "gives every device; --device=dri is enough for GTK",
    "--device=shm": "not needed",
    "--device=kvm": "not needed",
    "--device=input": "not needed",
    "--device=usb": "not needed",
    "--allow=devel": "allows ptrace and perf in the sandbox",
    "--allow=multiarch": "not needed",
    "--allow=bluetooth": "not needed",
    "--allow=canbus": "not needed",
    "--talk-name=org.freedesktop.Flatpak": "lets the app run commands outside the sandbox",
    "--talk-name=org.freedesktop.secrets": "the app keeps no secrets",
    "--talk-name=ca.desrt.dconf": "settings are kept by the runtime's keyfile backend",
    "--system-talk-name=org.freedesktop.login1": "not needed",
}

# Options whose every value is too broad here.
BROAD_OPTIONS = {
    "--filesystem": "files are opened and saved through the file chooser portal",
    "--system-talk-name": "the app talks to no system service",
    "--system-own-name": "the app owns no system bus name",
    "--add-policy": "not needed",
    "--persist": "the app keeps its data in its own data directory",
    "--env": "the environment is not changed from outside",
}

# Hosts an archive may be downloaded from (over https), and why.
ALLOWED_HOSTS = {
    "download.gnome.org": "GNOME's release tarballs (libgsf)",
    "fukuchi.org": "libqrencode's author's release tarballs (the badges' QR codes)",
}

# Libraries the app links that the GNOME runtime does not have: each needs a
# module of that name before the app's.
NOT_IN_RUNTIME = {
    "libgsf": "the GNOME runtime has no libgsf, which reads .xlsx and .ods workbooks",
    "libqrencode": "the GNOME runtime has no libqrencode, which makes the badges' QR codes",
}

# Sources whose content is written in the manifest itself.
INLINE_SOURCES = ("script", "shell", "inline")


def normalise(finish_args):
    """Joins "--opt" "value" pairs into "--opt=value"."""
    out = []
    i = 0
    while i < len(finish_args):
        arg = finish_args[i]
        if (arg.startswith("--") and "=" not in arg and i + 1 < len(finish_args)
                and not finish_args[i + 1].startswith("--")):
            out.append(arg + "=" + finish_args[i + 1])
            i += 2
        else:
            out.append(arg)
            i += 1
    return out


def permission_problems(manifest):
    problems = []
    for arg in normalise(manifest.get("finish-args", [])):
        option, _, value = arg.partition("=")
        # --nofilesystem and friends take permissions away: always fine.
        if option.startswith("--no") or option.startswith("--unset"):
            continue
        if arg in BROAD:
            problems.append(f"finish-args: {arg}: {BROAD[arg]}")
        elif option in BROAD_OPTIONS:
            problems.append(f"finish-args: {arg}: {BROAD_OPTIONS[option]}")
        elif option == "--talk-name" and value.startswith("org.freedesktop.Flatpak"):
            problems.append(f"finish-args: {arg}: {BROAD['--talk-name=org.freedesktop.Flatpak']}")
        elif option in ("--talk-name", "--own-name") and value.endswith("*") and \
                not value.startswith(APP_ID):
            problems.append(f"finish-args: {arg}: a wildcard over other programs' names")
    return problems


def remote_problems(source):
    """What is wrong with a source downloaded by flatpak-builder: only an
    archive, pinned by its sha256, from an allowed host over https, so that
    the same manifest always builds the same bytes from a known publisher."""
    problems = []
    kind = source.get("type")
    url = source.get("url", "")
    if kind != "archive":
        problems.append(f"{kind} source {url}: only an archive pinned by sha256 may come "
                        "from outside this repository")
    for address in [url] + source.get("mirror-urls", []):
        parsed = urlparse(address)
        if parsed.scheme == "file":
            problems.append(f"source {address} is a file of the building machine")
        elif parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
            problems.append(f"source {address} is not downloaded over https from an allowed host "
                            f"({', '.join(sorted(ALLOWED_HOSTS))})")
    if not re.fullmatch(r"[0-9a-f]{64}", str(source.get("sha256", ""))):
        problems.append(f"source {url} has no sha256 (64 hexadecimal digits) to pin it")
    return problems


def source_problems(source, manifest_dir):
    """A source must be part of this repository, or an archive pinned by
    sha256 from an allowed host: nothing may come from the building
    machine's own files (a path outside the tree, or a file:// URL), from
    an unknown publisher, or change under the same manifest (a URL without
    a checksum, a git branch)."""
    kind = source.get("type")
    if kind in INLINE_SOURCES:
        return []
    if "url" in source or "mirror-urls" in source:
        return remote_problems(source)
    if kind not in ("dir", "file", "patch", "archive"):
        return [f"{kind} source: only this repository's files or an archive pinned by sha256 "
                "may be built"]
    problems = []
    paths = [source["path"]] if "path" in source else []
    paths += source.get("paths", [])
    for path in paths:
        inside = os.path.normpath(os.path.join(manifest_dir, path))
        if os.path.isabs(path) or os.path.relpath(inside, manifest_dir).startswith(".."):
            problems.append(f"source {path} is outside the source tree, on the building machine")
        elif not os.path.exists(inside):
            problems.append(f"source {path} does not exist in the source tree")
    if not paths:
        problems.append(f"{kind} source with neither a path in this tree nor a url")
    return problems


def module_problems(manifest, manifest_dir="."):
    problems = []
    if manifest.get("id", manifest.get("app-id")) != APP_ID:
        problems.append(f"id: must be {APP_ID}")
    if manifest.get("command") != COMMAND:
        problems.append(f"command: must be {COMMAND}")
    if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk":
        problems.append("runtime/sdk: must be org.gnome.Platform / org.gnome.Sdk")

    def walk(modules, path):
        for module in modules:
            if isinstance(module, str):
                continue  # an included file; not part of this tree's manifest
            name = module.get("name", "?")
            where = f"{path}{name}"
            for source in module.get("sources", []):
                if isinstance(source, str):
                    continue
                problems.extend(f"modules: {where}: {p}" for p in source_problems(source, manifest_dir))
            walk(module.get("modules", []), where + "/")
    modules = manifest.get("modules", [])
    walk(modules, "")
    names = [m.get("name") for m in modules if isinstance(m, dict)]
    for name, why in NOT_IN_RUNTIME.items():
        if name not in names:
            problems.append(f"modules: no module named {name}: {why}")
    app = [m for m in modules if isinstance(m, dict) and m.get("name") == COMMAND]
    if not app:
        problems.append(f"modules: no module named {COMMAND}")
    elif modules[-1] is not app[0]:
        problems.append(f"modules: {COMMAND} must be the last module (it depends on the others)")
    else:
        if app[0].get("buildsystem") != "meson":
            problems.append(f"modules: {COMMAND}: buildsystem must be meson")
        if app[0].get("run-tests") is not True:
            problems.append(f"modules: {COMMAND}: run-tests must be true")
    return problems


def caught(problems, reason):
    """Whether one of @problems gives @reason: a mutated copy must be refused
    for what was changed, not for something else."""
    return any(reason in p for p in problems)


def archive_of(manifest, name):
    """The first archive source of module @name in @manifest, or None."""
    for module in manifest.get("modules", []):
        if isinstance(module, dict) and module.get("name") == name:
            for source in module.get("sources", []):
                if isinstance(source, dict) and source.get("type") == "archive":
                    return source
    return None


def self_test(manifest, manifest_dir):
    """Each broad permission added to a copy of the manifest, and each source
    that does not belong, must be caught for its own reason."""
    failures = []
    samples = list(BROAD) + [
        "--filesystem=home", "--filesystem=host", "--filesystem=host:ro",
        "--filesystem=xdg-documents", "--filesystem=/tmp",
        "--talk-name=org.freedesktop.Flatpak.Development",
        "--own-name=org.kde.*", "--env=LD_PRELOAD=/x.so",
    ]
    for sample in samples:
        mutated = copy.deepcopy(manifest)
        mutated.setdefault("finish-args", []).append(sample)
        if not permission_problems(mutated):
            failures.append(sample)
    split = copy.deepcopy(manifest)
    split.setdefault("finish-args", []).extend(["--filesystem", "home"])
    if not permission_problems(split):
        failures.append("--filesystem home (two arguments)")
    # Sources from the building machine, not pinned, or from elsewhere than
    # an allowed host, in a module before the app's.
    gnome = "https://download.gnome.org/sources/x/1.0/x-1.0.tar.xz"
    for sample, reason in [
        ({"type": "file", "path": "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"}, "outside the source tree"),
        ({"type": "dir", "path": "../elsewhere"}, "outside the source tree"),
        ({"type": "patch", "paths": ["data/../../outside.patch"]}, "outside the source tree"),
        ({"type": "archive", "url": "file:///srv/fonts.tar.xz", "sha256": "0" * 64}, "building machine"),
        ({"type": "archive", "url": gnome}, "no sha256"),
        ({"type": "archive", "url": gnome, "sha256": "0" * 63}, "no sha256"),
        ({"type": "archive", "url": gnome, "sha512": "0" * 128}, "no sha256"),
        ({"type": "archive", "url": "https://example.org/fonts.tar.xz", "sha256": "0" * 64},
         "allowed host"),
        ({"type": "archive", "url": "http://download.gnome.org/x.tar.xz", "sha256": "0" * 64},
         "allowed host"),
        ({"type": "archive", "url": gnome, "sha256": "0" * 64,
          "mirror-urls": ["https://example.org/x.tar.xz"]}, "allowed host"),
        ({"type": "git", "url": "https://example.org/fonts.git", "branch": "main"}, "only an archive"),
        ({"type": "git", "url": "https://gitlab.gnome.org/GNOME/libgsf.git", "commit": "0" * 40},
         "only an archive"),
        ({"type": "file", "url": gnome, "sha256": "0" * 64}, "only an archive"),
        ({"type": "git", "path": "."}, "only this repository"),
    ]:
        mutated = copy.deepcopy(manifest)
        mutated.setdefault("modules", []).insert(0, {"name": "fonts", "buildsystem": "simple",
                                                     "build-commands": [], "sources": [sample]})
        if not caught(module_problems(mutated, manifest_dir), reason):
            failures.append("source " + json.dumps(sample))
    # The manifest's own libgsf archive, with its sha256 taken away.
    unpinned = copy.deepcopy(manifest)
    archive = archive_of(unpinned, "libgsf")
    if archive is None:
        failures.append("the libgsf archive with its sha256 removed (the manifest has no libgsf archive)")
    else:
        archive.pop("sha256", None)
        if not caught(module_problems(unpinned, manifest_dir), "no sha256"):
            failures.append("the libgsf archive with its sha256 removed")
    no_gsf = copy.deepcopy(manifest)
    no_gsf["modules"] = [m for m in no_gsf.get("modules", [])
                         if not (isinstance(m, dict) and m.get("name") == "libgsf")]
    if not caught(module_problems(no_gsf, manifest_dir), "no module named libgsf"):
        failures.append("no libgsf module")
    no_tests = copy.deepcopy(manifest)
    for module in no_tests.get("modules", []):
        if isinstance(module, dict) and module.get("name") == COMMAND:
            module["run-tests"] = False
    if not module_problems(no_tests, manifest_dir):
        failures.append("run-tests: false")
    return failures


def tap(number, name, problems, skip=None):
    """Prints one TAP result line (and its problems, as diagnostics)."""
    if skip:
        print(f"ok {number} - {name} # SKIP {skip}")
        return 0
    for problem in problems:
        print(f"# {problem}")
        print(problem, file=sys.stderr)
    print(f"{'not ok' if problems else 'ok'} {number} - {name}")
    return 1 if problems else 0


def main():
    """Three cases, as TAP: the schema (skipped without ../shared), the
    permissions, and the sources and self-test, which need nothing else."""
    source_dir = os.environ.get("LC_SOURCE_DIR") or \
        os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    manifest_path = sys.argv[1] if len(sys.argv) > 1 else \
        os.path.join(source_dir, APP_ID + ".json")
    print("1..3")
    failed = 0
    try:
        with open(manifest_path, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        print(f"Bail out! {manifest_path}: {e}")
        return 1

    schema_path = os.path.join(source_dir, "..", "shared", "reference", "flatpak",
                               "flatpak-manifest.schema.json")
    if not os.path.isfile(schema_path):
        failed += tap(1, "valid against flatpak-builder's schema", [], skip=f"{schema_path} is absent")
    else:
        try:
            import jsonschema
        except ImportError:
            print("Bail out! python3-jsonschema is not installed")
            return 1
        with open(schema_path, encoding="utf-8") as f:
            schema = json.load(f)
        validator = jsonschema.Draft7Validator(schema)
        problems = []
        for error in sorted(validator.iter_errors(manifest), key=lambda e: list(e.path)):
            where = "/".join(str(p) for p in error.path) or "(top)"
            problems.append(f"{manifest_path}: schema: {where}: {error.message}")
        failed += tap(1, "valid against flatpak-builder's schema", problems)

    failed += tap(2, "no broad permissions (finish-args: " + " ".join(manifest.get("finish-args", [])) + ")",
        [f"{manifest_path}: {p}" for p in permission_problems(manifest)])

    manifest_dir = os.path.dirname(os.path.abspath(manifest_path))
    problems = [f"{manifest_path}: {p}" for p in module_problems(manifest, manifest_dir)]
    problems += [f"checker: a manifest with {sample} was not caught"
                 for sample in self_test(manifest, manifest_dir)]
    failed += tap(3, "sources from this tree or pinned archives from allowed hosts, tests run,"
                 " and the checker catches what it should", problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
