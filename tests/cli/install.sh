#!/bin/sh
# install.sh: `cmake --install` into a scratch prefix gives a Codebridge that works on its own.
# The prefix is moved after installing (nothing in the program names it) and made read-only;
# the source tree is hidden under an empty tmpfs while the installed copy runs, where the
# system allows a mount namespace (root in a container or on a CI runner). Then check, run,
# screenshot, report and where work from the prefix alone, a pupil's progress and settings go to
# their own folders, the machine-wide settings file is read before the user's, nothing is
# written into the install, and a lone copy of the program names the folders it tried.
# $1 is the built codebridge (or its emulator wrapper); the working folder is tests/.
. "$(dirname "$0")/lib.sh"
BUILD=${CODEBRIDGE_BUILD_DIR:?the build folder (set by ctest)}
SRC=$(cd .. && pwd)
EMU=${CODEBRIDGE_EMULATOR:-} # qemu-user for a cross build, empty natively
T=$(mktemp -d)
trap 'chmod -R u+w "$T" 2>/dev/null; rm -rf "$T" "$OUT" "$OUT.err"' EXIT

# ok DESCRIPTION COMMAND...: one more check.
ok() {
  what=$1
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $what"; fi
}

"${CMAKE_COMMAND:-cmake}" --install "$BUILD" --prefix "$T/stage" >"$T/install.log" 2>&1 ||
  { cat "$T/install.log"; echo "FAIL: cmake --install"; exit 1; }
mv "$T/stage" "$T/school" # installed in one place, used in another
P=$T/school
CB=$P/bin/codebridge
ok "man page installed compressed" test -s "$P/share/man/man1/codebridge.1.gz"
ok "desktop file installed" test -s "$P/share/applications/io.github.codebridge.Codebridge.desktop"
ok "the menu offers the class report" grep -q "^Exec=codebridge report --open$" \
  "$P/share/applications/io.github.codebridge.Codebridge.desktop"
ok "icon installed" test -s "$P/share/icons/hicolor/256x256/apps/io.github.codebridge.Codebridge.png"

# A pupil's world: their own home, a machine-wide file the technician wrote, no data override.
unset CODEBRIDGE_DATA XDG_CONFIG_HOME XDG_DATA_HOME
export HOME="$T/home" CODEBRIDGE_MACHINE_SETTINGS="$T/etc/settings.txt"
mkdir -p "$HOME/.config/codebridge" "$T/etc"
printf 'progress = %s\nunlock_all = yes\n' "$T/machine-progress" >"$T/etc/settings.txt"
printf 'forward()\n' >"$T/prog.lua"
chmod -R a-w "$P"
find "$P" -exec ls -ld --time-style=full-iso {} + >"$T/before.txt"

if unshare -m sh -c "mount -t tmpfs none '$SRC'" 2>/dev/null; then
  # in_ns COMMAND...: runs it with an empty tmpfs over the source tree (and over the build
  # tree first, when that lies outside the source tree).
  in_ns() {
    case "$BUILD" in
    "$SRC"/*) unshare -m sh -c 'mount -t tmpfs none "$0" || exit 97; exec "$@"' "$SRC" "$@" ;;
    *) unshare -m sh -c 'mount -t tmpfs none "$0" && mount -t tmpfs none "$1" || exit 97
         shift; exec "$@"' "$BUILD" "$SRC" "$@" ;;
    esac
  }
  ok "the source tree is out of reach" in_ns /bin/sh -c "! test -e '$SRC/scripts'"
else
  echo "note: no mount namespace here, so the source tree stays visible; the lone copy below"
  echo "      shows the program never looks there from outside its build folder"
  in_ns() { "$@"; }
fi
hide() { in_ns $EMU "$@"; } # the installed program, with the source out of reach

LV=$P/share/codebridge/levels/01-london/01-bus-stop.lua
expect 0 hide "$CB" where
line 1 "data:          $P/share/codebridge"
line 3 "settings:      $HOME/.config/codebridge/settings.txt (not there)"
line 4 "game settings: $HOME/.config/codebridge/game-settings.txt (not there)"
line 5 "progress:      $T/machine-progress"
expect 0 hide "$CB" check "$P/share/codebridge/levels"
line_matches 1 '^ok '
expect 0 hide "$CB" run "$LV" "$T/prog.lua" --progress "$T/machine-progress" --pupil "Zoë" --class 4B
line 1 "solved steps=1 blocks=1 stars=3"
ok "progress saved in the machine's folder" test -s "$T/machine-progress/4B/Zoë.txt"
expect 0 hide "$CB" screenshot "$LV" --program "$T/prog.lua" --out "$T/shot.bmp"
ok "screenshot is a picture" test "$(head -c 2 "$T/shot.bmp")" = BM
expect 0 hide "$CB" report "$T/machine-progress" --out "$T/report"
ok "report names the pupil" grep -q "Zoë" "$T/report/report.html"

# The user's own settings.txt is read after the machine's: its progress folder wins.
printf 'progress = %s\n' "$HOME/my-progress" >"$HOME/.config/codebridge/settings.txt"
expect 0 hide "$CB" where
line 5 "progress:      $HOME/my-progress"
ok "the user's progress folder is made" test -d "$HOME/my-progress"

find "$P" -exec ls -ld --time-style=full-iso {} + >"$T/after.txt"
ok "nothing was written into the install" cmp -s "$T/before.txt" "$T/after.txt"

# A copy of the built program away from its build folder and its data: one sentence naming
# every folder tried, exit 2, and never the source tree.
mkdir -p "$T/lone"
cp "$BUILD/codebridge" "$T/lone/codebridge"
expect 2 $EMU "$T/lone/codebridge" check "$LV"
ok "one sentence" test "$(wc -l <"$OUT.err")" -eq 1
ok "it names the folders tried" grep -q "CODEBRIDGE_DATA (not set), $T/lone, $T/share/codebridge:" "$OUT.err"
ok "it never reaches the source tree" sh -c "! grep -qF '$SRC' '$OUT.err'"
export CODEBRIDGE_DATA="$T/nowhere"
expect 2 $EMU "$T/lone/codebridge" check "$LV"
ok "a wrong CODEBRIDGE_DATA is named" grep -q "looked in $T/nowhere, $T/lone," "$OUT.err"
finish
