#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Flatpak and proves that it works inside its sandbox, on a
# Debian 12 machine that reaches nothing but Debian's own archive.
#
# Flathub's GNOME runtime cannot be downloaded here, so the app is built
# against a stand-in: a runtime and an SDK assembled from Debian 12 packages
# with mmdebstrap and exported under their own names
# (org.example.DebianStandIn.Platform and .Sdk, branch 12) to a local
# repository. The manifest is copied beside the real one with only its
# runtime, runtime-version and sdk changed, and the modules that the stand-in
# takes from Debian instead left out (checked below), so everything else the
# real manifest says is what gets built, its tests included.
#
# Then, in a temporary user installation, under Xvfb with a private session
# bus, xdg-desktop-portal and xdg-desktop-portal-gtk, it does what a person
# does with the installed app, with real key presses (xdotool, XTEST):
# opens a library and imports a convention through the file chooser portal
# (typing the path in the portal's own dialog: Ctrl+L, the path, Return),
# prints the agenda to a file through the print portal, opens the sample;
# and checks that the sandbox hides the host's files, that the command line
# in the sandbox refuses a library in the document portal, and which fonts
# the agenda PDF embeds with the host's fonts, the runtime's alone, and none.
#
# Usage: build-aux/flatpak-check.sh        (as root: it installs packages)
# The stand-in runtime is kept in ~/.cache/learning-cities-flatpak-check (or
# $LC_FLATPAK_CACHE) and rebuilt only when its recipe changes; everything
# else lives in a temporary folder that is removed at the end
# (LC_FLATPAK_KEEP=1 keeps it, to look at).
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
app_id=org.example.LearningCities
standin=org.example.DebianStandIn
arch=$(uname -m)
cache=${LC_FLATPAK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/learning-cities-flatpak-check}
started=$(date +%s)

say () { printf '\n[%4ds] %s\n' $(( $(date +%s) - started )) "$*"; }
fail () {
  printf 'FAIL: %s\n' "$*" >&2
  # What the screen showed, when ImageMagick is there to take it.
  if [ -n "${DISPLAY:-}" ] && [ -n "${work:-}" ] && command -v import >/dev/null; then
    import -window root "$work/failure.png" 2>/dev/null && echo "the screen: $work/failure.png" >&2
  fi
  exit 1
}

if [ "$(id -u)" != 0 ]; then
  echo "flatpak-check.sh: run as root (it installs Debian packages)" >&2
  exit 1
fi

# Everything runs in a private mount namespace whose /run/user is a fresh
# tmpfs: the sandbox, the portals and the app then see the document portal
# at /run/user/<uid>/doc as in a desktop session (the file chooser portal
# hands out paths there), and nothing of the machine's /run/user is touched
# by this run, or left mounted after it.
if [ "${LC_FLATPAK_CHECK_NAMESPACE:-}" != 1 ]; then
  export LC_FLATPAK_CHECK_NAMESPACE=1
  exec unshare --mount --propagation private -- sh "$0" "$@"
fi
mkdir -p /run/user
mount -t tmpfs -o mode=0755,size=16m tmpfs /run/user

# ---- 1. Tools, from Debian's archive ----
say "Installing the tools from Debian's archive"
export DEBIAN_FRONTEND=noninteractive
tools="flatpak flatpak-builder mmdebstrap ostree bubblewrap fuse3 elfutils
  xdg-desktop-portal xdg-desktop-portal-gtk xvfb xauth dbus libglib2.0-bin xdotool
  poppler-utils sqlite3 python3 fonts-noto-core"
missing=""
for p in $tools; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  apt-get update -q
  # shellcheck disable=SC2086
  apt-get install -y -q --no-install-recommends $missing
fi

# ---- 2. The stand-in runtime and SDK ----
# The Platform holds the libraries the app runs with and the fonts the GNOME
# runtime has too (DejaVu); the SDK adds the compiler, meson and the -dev
# packages, and the tools the GNOME SDK has that the build uses
# (desktop-file-validate, appstreamcli, appstream-compose, eu-strip).
# libgsf is not in the GNOME runtime: the manifest builds it from its release
# tarball, which this machine cannot download (only Debian's archive is in
# reach). The stand-in has Debian's libgsf 1.14.50 instead, the same release,
# and the copy of the manifest leaves out the modules listed here.
debian_modules="libgsf"
platform_packages="libgtk-4-1 libadwaita-1-0 libsqlite3-0 libjson-glib-1.0-0 libical3
  libxml2 libgsf-1-114 libpango-1.0-0 libpangocairo-1.0-0 libpangoft2-1.0-0 libcairo2 fontconfig
  fonts-dejavu-core libglib2.0-0 shared-mime-info hicolor-icon-theme adwaita-icon-theme
  librsvg2-common libgl1-mesa-dri gsettings-desktop-schemas"
sdk_packages="$platform_packages gcc libc6-dev meson ninja-build pkg-config gettext
  libglib2.0-dev libglib2.0-dev-bin libglib2.0-bin libgtk-4-dev libadwaita-1-dev
  libsqlite3-dev libjson-glib-dev libpango1.0-dev libcairo2-dev libxml2-dev libical-dev
  libgsf-1-dev desktop-file-utils appstream appstream-util elfutils python3"

# Like the GNOME runtime's fontconfig (freedesktop-sdk's fontconfig-flatpak.conf),
# read the app's fonts and the host's fonts that flatpak mounts in /run/host;
# Debian's own configuration knows neither.
fontconfig_flatpak='<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/app/share/fonts</dir>
  <dir>/run/host/fonts</dir>
  <dir>/run/host/local-fonts</dir>
  <dir>/run/host/user-fonts</dir>
  <include ignore_missing="yes">/run/host/font-dirs.xml</include>
</fontconfig>'

repo=$cache/repo

# A runtime is rebuilt only when its recipe (its packages and the fontconfig
# snippet above) changes.
recipe () {
  printf '%s\n' "recipe 1" "$1" "$fontconfig_flatpak" | sha256sum | cut -c1-16
}

# Assembles one runtime from a Debian 12 root file system and exports it.
assemble () {
  name=$1; packages=$2
  dir=$cache/tmp-$name
  rm -rf "$dir"
  mkdir -p "$dir/rt"
  # shellcheck disable=SC2086
  mmdebstrap --quiet --variant=minbase --include="$(echo $packages | tr ' ' ',')" bookworm "$dir/rootfs" \
    "deb http://deb.debian.org/debian bookworm main" \
    "deb http://deb.debian.org/debian bookworm-updates main" \
    "deb http://deb.debian.org/debian-security bookworm-security main"
  mv "$dir/rootfs/usr" "$dir/rt/files"
  rm -rf "$dir/rt/files/etc"
  mv "$dir/rootfs/etc" "$dir/rt/files/etc"
  printf '%s\n' "$fontconfig_flatpak" > "$dir/rt/files/etc/fonts/conf.d/50-flatpak.conf"
  # flatpak refuses setuid and setgid files in a runtime.
  find "$dir/rt/files" \( -perm -4000 -o -perm -2000 \) -type f -exec chmod ug-s {} +
  cat > "$dir/rt/metadata" <<EOF
[Runtime]
name=$standin.$name
runtime=$standin.Platform/$arch/12
sdk=$standin.Sdk/$arch/12
EOF
  flatpak build-export --runtime --files=files "$repo" "$dir/rt" 12 > /dev/null
  rm -rf "$dir"
}

mkdir -p "$cache"
[ -d "$repo/objects" ] || ostree init --repo="$repo" --mode=archive-z2
for name in Platform Sdk; do
  if [ $name = Platform ]; then packages=$platform_packages; else packages=$sdk_packages; fi
  key=$(recipe "$packages")
  if [ "$(cat "$cache/recipe-$name" 2>/dev/null)" = "$key" ] \
     && ostree --repo="$repo" rev-parse "runtime/$standin.$name/$arch/12" >/dev/null 2>&1; then
    say "Reusing the stand-in $name in $cache (recipe $key)"
  else
    say "Assembling the stand-in $name from Debian 12 packages (recipe $key)"
    rm -f "$cache/recipe-$name"
    assemble $name "$packages"
    echo "$key" > "$cache/recipe-$name"
  fi
done

# ---- 3. A temporary user installation and home ----
work=$(mktemp -d /tmp/lc-flatpak-check.XXXXXX)
cleanup () {
  status=$?
  for pid in ${app_pid:-} ${portal_pid:-} ${portal_gtk_pid:-} ${bus_pid:-} ${xvfb_pid:-}; do
    kill "$pid" 2>/dev/null || true
  done
  # The document portal's file system goes with the namespace; unmount it
  # now so that nothing holds the folder.
  fusermount3 -u -z "/run/user/$(id -u)/doc" 2>/dev/null || true
  rm -f "$top/$app_id.standin.json"
  if [ "${LC_FLATPAK_KEEP:-0}" = 1 ]; then
    echo "kept $work"
  else
    rm -rf "$work"
  fi
  exit $status
}
trap cleanup EXIT INT TERM

export FLATPAK_USER_DIR="$work/flatpak-user"
export HOME="$work/home"
export XDG_RUNTIME_DIR="/run/user/$(id -u)"
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_STATE_HOME DISPLAY WAYLAND_DISPLAY
unset DBUS_SESSION_BUS_ADDRESS LANGUAGE LC_ALL
export LANG=C.UTF-8
mkdir -p "$HOME" "$FLATPAK_USER_DIR"
mkdir -m 0700 "$XDG_RUNTIME_DIR"

say "Installing the stand-in runtime into a temporary user installation ($FLATPAK_USER_DIR)"
flatpak --user remote-add --no-gpg-verify standin "file://$repo"
flatpak --user install --noninteractive -y standin "$standin.Platform//12" "$standin.Sdk//12" > /dev/null

# ---- 4. Build the app with flatpak-builder through a copy of the manifest ----
# The copy lives beside the real one, so that its "dir" source (".") is this
# source tree; it is removed at the end. It names the stand-in runtime and
# leaves out the modules the stand-in has from Debian, and nothing else: the
# script stops if the real manifest lacks one of those modules, or if the
# copy differs in anything more.
say "Building the app with flatpak-builder (its tests run in the SDK)"
copy="$top/$app_id.standin.json"
python3 - "$top/$app_id.json" "$copy" "$standin" "$debian_modules" <<'PY'
import json, sys
real_path, copy_path, standin, debian_modules = sys.argv[1:]
debian_modules = debian_modules.split()
with open(real_path, encoding="utf-8") as f:
    real = json.load(f)
names = [m.get("name") if isinstance(m, dict) else m for m in real["modules"]]
missing = [n for n in debian_modules if n not in names]
assert not missing, f"the manifest has no module {missing}: update debian_modules"
copy = dict(real, runtime=standin + ".Platform", sdk=standin + ".Sdk")
copy["runtime-version"] = "12"
copy["modules"] = [m for m in real["modules"]
                   if not (isinstance(m, dict) and m.get("name") in debian_modules)]
changed = sorted(k for k in set(real) | set(copy) if real.get(k) != copy.get(k))
assert changed == ["modules", "runtime", "runtime-version", "sdk"], changed
# Exactly the listed modules, once each, are left out.
dropped = [m["name"] for m in real["modules"] if m not in copy["modules"]]
assert sorted(dropped) == sorted(debian_modules), dropped
with open(copy_path, "w", encoding="utf-8") as f:
    json.dump(copy, f, indent=2, ensure_ascii=False)
print("  the copy differs from the real manifest only in:", ", ".join(changed))
print("  modules left out, taken from Debian in the stand-in:", ", ".join(dropped))
print("  modules built:", ", ".join(m.get("name", "?") if isinstance(m, dict) else m
                                    for m in copy["modules"]))
PY
flatpak-builder --user --disable-rofiles-fuse --install --force-clean \
  --state-dir="$work/builder-state" "$work/build-dir" "$copy" > "$work/builder.log" 2>&1 \
  || { tail -60 "$work/builder.log"; fail "flatpak-builder failed (log above)"; }
grep -q "^Running appstream-compose" "$work/builder.log" || fail "appstream-compose did not run"
echo "  meson test in the SDK: $(sed -n 's/^\(Ok\|Fail\|Skipped\|Timeout\): *\([0-9]*\).*/\1 \2/p' "$work/builder.log" | tr '\n' ' ')"
echo "  appstream-compose: $(grep "^Saving AppStream" "$work/builder.log")"
flatpak --user info "$app_id" | sed -n 's/^ *\(Ref\|Runtime\|Sdk\): */  \1: /p'

# ---- 5. A desktop session: Xvfb, a session bus, the portals ----
say "Starting Xvfb, a session bus, xdg-desktop-portal and xdg-desktop-portal-gtk"

# Runs "$@" until it succeeds; fails after $2 seconds, naming $1. Every wait
# of this script is for a condition, never for a fixed time.
wait_for () {
  what=$1; limit=$2; shift 2
  deadline=$(( $(date +%s) + limit ))
  until "$@" >/dev/null 2>&1; do
    [ "$(date +%s)" -lt "$deadline" ] || fail "waited ${limit}s for $what"
    sleep 0.2
  done
}

has_name () {
  gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.NameHasOwner "$1" | grep -q true
}

# The id of the visible window whose title matches $1 (a regular expression).
find_window () {
  xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1 | grep .
}

wait_window () {
  wait_for "a window named $1" 60 find_window "$1"
  find_window "$1"
}

# A visible window named like $1 other than window $2.
find_other_window () {
  xdotool search --onlyvisible --name "$1" 2>/dev/null | grep -v "^$2\$" | head -1 | grep .
}

window_gone () {
  ! xdotool getwindowname "$1" >/dev/null 2>&1
}

# Real key presses (XTEST) into window $1, given the input focus first: no
# window manager runs, so nothing else moves the focus.
press () {
  win=$1; shift
  xdotool windowfocus --sync "$win"
  xdotool key --delay 60 "$@"
}

# In a file chooser of the portal (a window of xdg-desktop-portal-gtk, not
# of the app), types a path as a person would: Ctrl+L, the path, Return.
# The location entry completes names while the folder loads, and a Return
# that lands meanwhile only takes the completion, as it would for a person:
# Return is pressed again while the dialog is still open.
choose_file () {
  chooser=$(wait_window "^$1\$")
  xdotool windowfocus --sync "$chooser"
  xdotool key ctrl+l
  xdotool type --delay 15 "$2"
  wait_for "the file chooser to take $2" 30 confirm_file "$chooser"
}

confirm_file () {
  window_gone "$1" && return 0
  press "$1" Return
  sleep 1
  window_gone "$1"
}

confirm_print () {
  window_gone "$1" && return 0
  press "$1" Down alt+p
  sleep 1
  window_gone "$1"
}

count_conventions () {
  sqlite3 -readonly "$1" "SELECT count(*) FROM conventions" 2>/dev/null
}

has_conventions () {
  [ "$(count_conventions "$1")" = "$2" ]
}

titles () {
  sqlite3 -readonly "$1" "SELECT title_en FROM conventions ORDER BY id" | tr '\n' ';'
}

embedded_fonts () {
  pdffonts "$1" | awk 'NR > 2 { sub(/^[A-Z]+\+/, "", $1); print $1 }' | sort -u | tr '\n' ' '
}

Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
wait_for "Xvfb" 30 test -s "$work/display"
export DISPLAY=":$(cat "$work/display")"
# xdg-desktop-portal-gtk serves GNOME sessions (UseIn=gnome in its .portal file).
export XDG_CURRENT_DESKTOP=GNOME
dbus-daemon --session --fork --print-address=1 --print-pid=1 > "$work/bus"
DBUS_SESSION_BUS_ADDRESS=$(sed -n 1p "$work/bus")
export DBUS_SESSION_BUS_ADDRESS
bus_pid=$(sed -n 2p "$work/bus")
# Print to File writes output.pdf in the print portal's working folder.
mkdir -p "$work/printed" "$work/files/exported" "$HOME/Documents"
# It must own its name before xdg-desktop-portal asks for it: otherwise the
# bus starts another one, in "/", and Print to File writes /output.pdf (or
# stops to ask whether to replace the one a run left there).
(cd "$work/printed" && exec /usr/libexec/xdg-desktop-portal-gtk) > "$work/portal-gtk.log" 2>&1 &
portal_gtk_pid=$!
wait_for "xdg-desktop-portal-gtk on the bus" 30 has_name org.freedesktop.impl.portal.desktop.gtk
/usr/libexec/xdg-desktop-portal > "$work/portal.log" 2>&1 &
portal_pid=$!
wait_for "xdg-desktop-portal on the bus" 30 has_name org.freedesktop.portal.Desktop
echo "  display $DISPLAY; xdg-desktop-portal $(dpkg-query -W -f='${Version}' xdg-desktop-portal)," \
     "xdg-desktop-portal-gtk $(dpkg-query -W -f='${Version}' xdg-desktop-portal-gtk), flatpak $(dpkg-query -W -f='${Version}' flatpak)"

app_dir="$HOME/.var/app/$app_id"
data="$app_dir/data/learning-cities"

# ---- 6. What the sandbox hides ----
say "A file outside the sandbox is not readable from inside"
echo "the host's secret" > "$work/files/secret.txt"
echo "the host's secret" > "$HOME/Documents/secret.txt"
for secret in "$work/files/secret.txt" "$HOME/Documents/secret.txt"; do
  if flatpak run --command=cat "$app_id" "$secret" > "$work/cat.out" 2>&1; then
    fail "the sandbox read $secret"
  fi
  echo "  cat $secret inside the sandbox: $(tail -1 "$work/cat.out")"
done

# ---- 7. The window, driven as a person would ----
# Files to open through the portal: a library the app itself made (holding a
# convention from the sample, renamed) and a convention file to import.
python3 - "$top/data/samples/yanbu-2023.json" "$app_dir/cache/amman.json" "$work/files/jubail.json" <<'PY'
import json, os, sys
sample, amman, jubail = sys.argv[1:]
with open(sample, encoding="utf-8") as f:
    data = json.load(f)
os.makedirs(os.path.dirname(amman), exist_ok=True)
for path, en, ar in ((amman, "Amman Convention 2025", "ملتقى عمّان ٢٠٢٥"),
                     (jubail, "Jubail Convention 2026", "ملتقى الجبيل ٢٠٢٦")):
    data["convention"]["title"] = {"en": en, "ar": ar}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
PY
flatpak run "$app_id" --database="$app_dir/cache/made.db" --import="$app_dir/cache/amman.json" > /dev/null
mv "$app_dir/cache/made.db" "$work/files/library.db"
library_sum=$(sha256sum < "$work/files/library.db")

say "flatpak run: the window"
flatpak run "$app_id" > "$work/app.log" 2>&1 &
app_pid=$!
main=$(wait_window '^Learning Cities$')
echo "  window $main: \"$(xdotool getwindowname "$main")\", on the default library $data/library.db"

say "Open Library… through the file chooser portal (F10, the menu, then the portal's dialog)"
# The primary menu: New Convention, Import Convention, Open Sample
# Convention, then Open Library.
press "$main" F10 Down Down Down Return
choose_file "Open Library" "$work/files/library.db"
# The library came as /run/user/<uid>/doc/<id>/library.db: the app asks
# before copying it into its own folder (library.db there is the default
# library, so the copy is "library (2).db").
consent=$(wait_window '^Copy the Library Into')
echo "  the app asks: \"$(xdotool getwindowname "$consent")\" and Return answers Copy and Open"
press "$consent" Return
opened="$data/library (2).db"
wait_for "the copy in the app's folder" 30 has_conventions "$opened" 1
echo "  the window opened the copy $opened: $(titles "$opened")"

say "Import Convention… through the file chooser portal (Ctrl+O)"
press "$main" ctrl+o
choose_file "Import Convention" "$work/files/jubail.json"
wait_for "the imported convention" 60 has_conventions "$opened" 2
echo "  imported into the copy: $(titles "$opened")"

say "Print Agenda… to a file through the print portal (F10, the convention's menu)"
# The convention's menu: Convention Details, Export Convention, Import
# Speakers, Import Cities, three schedule exports, then Print Agenda. (The
# menu rather than Ctrl+P, so that the menu is gone through once in the
# sandbox; the journeys press every shortcut.)
press "$main" F10 Down Down Down Down Down Down Down Return
print_dialog=$(wait_window '^Print$')
# The portal's print dialog lists its printers as their backends load: Print
# to File alone here. Down chooses it once it is listed; Alt+P (the _Print
# button) does nothing until a printer is chosen, so both are pressed until
# the dialog closes.
wait_for "the print dialog to print" 60 confirm_print "$print_dialog"
printed="$work/printed/output.pdf"
wait_for "the printed file" 60 pdfinfo "$printed"
pages=$(pdfinfo "$printed" | sed -n 's/^Pages: *//p')
[ "$pages" -ge 2 ] || fail "the printed agenda has $pages page(s)"
pdftotext "$printed" - | grep -q "Jubail Convention 2026" || fail "the printed agenda is not Jubail's"
echo "  $printed: $pages pages of Jubail Convention 2026's agenda; fonts: $(embedded_fonts "$printed")"

say "Export Agenda as PDF… through the file chooser portal (F10, the convention's menu)"
# The menu item after Print Agenda; then the app's dialog (language, paper;
# Tab to its Choose File… button) and the portal's save dialog, where the
# name is replaced with a path in a folder of the host.
press "$main" F10 Down Down Down Down Down Down Down Down Return
options=$(wait_window '^Export Agenda as PDF$')
press "$options" Tab Tab Tab Return
wait_for "the portal's save dialog" 60 find_other_window '^Export Agenda as PDF$' "$options"
saver=$(find_other_window '^Export Agenda as PDF$' "$options")
xdotool windowfocus --sync "$saver"
xdotool key ctrl+a
xdotool type --delay 15 "$work/files/exported/agenda.pdf"
wait_for "the save dialog to take the name" 30 confirm_file "$saver"
exported="$work/files/exported/agenda.pdf"
wait_for "the exported PDF" 60 pdfinfo "$exported"
[ "$(ls -A "$work/files/exported")" = "agenda.pdf" ] || fail "files were left beside the PDF: $(ls -A "$work/files/exported")"
echo "  $exported, written by the app through the document portal: $(pdfinfo "$exported" | sed -n 's/^Pages: *//p') pages; fonts: $(embedded_fonts "$exported")"

say "Open Sample Convention (Ctrl+Shift+O): the sample is imported"
press "$main" ctrl+shift+o
wait_for "the sample in the library" 60 has_conventions "$opened" 3
titles "$opened" | grep -q ";First Regional Convention for Learning Cities;" \
  || fail "the sample is not in the library"
echo "  in the copy: $(titles "$opened")"

press "$main" ctrl+q
wait_for "the app to quit" 30 window_gone "$main"
wait "$app_pid" || true
app_pid=""
[ "$(sha256sum < "$work/files/library.db")" = "$library_sum" ] || fail "the chosen library was changed"
[ "$(ls -A "$work/files" | tr '\n' ' ')" = "exported jubail.json library.db secret.txt " ] \
  || fail "files were left beside the chosen library: $(ls "$work/files")"
echo "  quit; the chosen library is unchanged, and nothing was written beside it"

# ---- 8. The command line inside the sandbox ----
say "The command line in the sandbox refuses a library in the document portal"
shared=$(flatpak document-export --app="$app_id" "$work/files/library.db")
if flatpak run "$app_id" --database="$shared" --list > "$work/cli.out" 2>&1; then
  fail "the app opened $shared in place"
fi
grep -q "document portal" "$work/cli.out" || fail "no message: $(cat "$work/cli.out")"
echo "  $(cat "$work/cli.out")"

say "Agenda PDFs exported inside the sandbox, with each set of fonts there can be"
sample_id=$(flatpak run "$app_id" --database="$opened" --list \
            | awk -F '\t' '$4 == "First Regional Convention for Learning Cities" { print $1 }')
[ -n "$sample_id" ] || fail "the sample is not listed"
# As flatpak sets it up: the host's fonts (fonts-noto-core here) in
# /run/host/fonts. Then the runtime's fonts alone (a host without Arabic
# fonts), then none at all.
cat > "$app_dir/config/runtime-fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>/usr/share/fonts</dir><cachedir>$app_dir/cache/fc-runtime</cachedir></fontconfig>
EOF
mkdir -p "$app_dir/config/no-fonts"
cat > "$app_dir/config/no-fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>$app_dir/config/no-fonts</dir><cachedir>$app_dir/cache/fc-none</cachedir></fontconfig>
EOF
export_pdf () {
  flatpak run ${2:+--env=FONTCONFIG_FILE=$2} "$app_id" --database="$opened" --convention="$sample_id" \
    --language=ar --export-agenda-pdf="$app_dir/cache/$1.pdf"
}
export_pdf host-fonts "" || fail "the export with the host's fonts failed"
pdffonts "$app_dir/cache/host-fonts.pdf" | grep "NotoNaskhArabic" | grep -q " yes " \
  || fail "Noto Naskh Arabic is not embedded"
echo "  the host's fonts: $(pdfinfo "$app_dir/cache/host-fonts.pdf" | sed -n 's/^Pages: *//p') pages; embedded: $(embedded_fonts "$app_dir/cache/host-fonts.pdf")"
export_pdf runtime-fonts "$app_dir/config/runtime-fonts.conf" || fail "the export with the runtime's fonts failed"
pdffonts "$app_dir/cache/runtime-fonts.pdf" | grep "DejaVuSans" | grep -q " yes " || fail "DejaVu Sans is not embedded"
if pdffonts "$app_dir/cache/runtime-fonts.pdf" | grep -q Noto; then fail "a host font was used"; fi
echo "  the runtime's fonts alone: embedded: $(embedded_fonts "$app_dir/cache/runtime-fonts.pdf")"
if export_pdf no-fonts "$app_dir/config/no-fonts.conf" > "$work/no-fonts.out" 2>&1; then
  fail "the export without fonts succeeded"
fi
grep -q "No font that can write Arabic or Latin letters is installed" "$work/no-fonts.out" || fail "no message: $(cat "$work/no-fonts.out")"
[ ! -e "$app_dir/cache/no-fonts.pdf" ] || fail "a PDF was written without fonts"
echo "  no fonts: refused, no file written: $(cat "$work/no-fonts.out")"

say "All checks passed"
