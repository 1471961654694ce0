#!/bin/sh
# windows-test.sh: the Windows build under wine (./build.sh test-windows runs it).
#   - test_sys.exe: the platform layer (UTF-8 names, replace, append, folders)
#   - every tests/cli/*.sh with codebridge.exe (through a wine wrapper given as $1)
#   - one screenshot, checked to be a whole 1024x600 picture
#   - a pupil named Zoë gets the file Zoë.txt on disk
#   - the portable zip runs from an unpacked folder, the MSI installs silently and runs
# Wine keeps its own Windows in $CODEBRIDGE_DEPS/wine64 (made on the first run).
set -u
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=$ROOT/build-win
DEPS=${CODEBRIDGE_DEPS:-${HOME:-/root}/.cache/codebridge}
export WINEPREFIX="$DEPS/wine64" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy CODEBRIDGE_DATA="$ROOT"

sh tools/windows-build.sh >/dev/null || { echo "test-windows: the Windows build failed" >&2; exit 1; }
PREFIX=$(sh tools/windows-deps.sh)
export CODEBRIDGE_WIN_PREFIX="$PREFIX" PKG_CONFIG_LIBDIR="$PREFIX/lib/pkgconfig" PKG_CONFIG_PATH=""
cmake --build "$OUT" -j "${JOBS:-2}" --target test_sys >/dev/null || exit 1
cp "$PREFIX"/bin/*.dll "$OUT/"
wine wineboot -i >/dev/null 2>&1 # makes the Windows folders once; quick after that

failed=0
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
result() { # NAME STATUS
  if [ "$2" = 0 ]; then printf 'ok   %s\n' "$1"; else
    printf 'FAIL %s\n' "$1"
    failed=$((failed + 1))
  fi
}

printf '#!/bin/sh\nexec wine "%s" "$@"\n' "$OUT/codebridge.exe" >"$OUT/codebridge-wine"
chmod +x "$OUT/codebridge-wine"

(cd tests && wine "$OUT/tests/test_sys.exe" >"$T/sys.log" 2>&1)
result "test_sys.exe ($(tail -n 1 "$T/sys.log"))" $?

# Linux-only scripts, said out loud: install.sh tests `cmake --install` into a Unix prefix (the
# MSI below is the Windows install); report_open.sh tests XDG folders and xdg-open.
linux_only="install report_open"
for script in tests/cli/*.sh; do
  name=$(basename "$script" .sh)
  [ "$name" = lib ] && continue
  case " $linux_only " in *" $name "*)
    echo "skip cli/$name.sh (Linux desktop only)"
    continue
    ;;
  esac
  (cd tests && sh "cli/$name.sh" "$OUT/codebridge-wine" >"$T/$name.log" 2>&1)
  status=$?
  result "cli/$name.sh ($(tail -n 1 "$T/$name.log"))" $status
  [ $status = 0 ] || sed 's/^/     | /' "$T/$name.log" | head -n 30
done

# One screenshot: a BMP of 1024x600 at 32 bits is 2,457,600 bytes of pixels plus headers.
printf 'for i = 1, 4 do\n  forward()\nend\n' >"$T/good.lua"
"$OUT/codebridge-wine" screenshot levels/01-london/01-bus-stop.lua --program "$T/good.lua" \
  --at 2 --out "$T/shot.bmp" >/dev/null 2>&1
size=$(wc -c <"$T/shot.bmp" 2>/dev/null || echo 0)
[ "$size" -gt 2457600 ] && [ "$(head -c 2 "$T/shot.bmp")" = BM ]
result "screenshot under wine ($size bytes)" $?

# Zoë: the name goes through the wide Windows APIs and comes out as UTF-8 on disk.
"$OUT/codebridge-wine" run tests/cli/data/bus-stop.lua "$T/good.lua" --progress "$T/progress" \
  --pupil "Zoë" --class "4B" >/dev/null 2>&1
[ -f "$T/progress/4B/Zoë.txt" ] && grep -q "^# pupil: Zoë" "$T/progress/4B/Zoë.txt"
result "a pupil named Zoë gets 4B/Zoë.txt" $?

# A level named with backslashes records the same pack id as on Linux, so logs merge.
"$OUT/codebridge-wine" run 'levels\01-london\01-bus-stop.lua' "$T/good.lua" \
  --progress "$T/progress" --pupil Ann --class 4B >/dev/null 2>&1
[ "$(tail -n 1 "$T/progress/4B/Ann.txt" | cut -f3)" = 01-london ]
result "levels\\01-london\\01-bus-stop.lua is recorded in pack 01-london" $?

# The portable zip: unpacked anywhere, it finds its own levels and fonts (no CODEBRIDGE_DATA).
mkdir "$T/usb" && (cd "$T/usb" && unzip -q "$OUT/codebridge-windows.zip")
(unset CODEBRIDGE_DATA && wine "$T/usb/codebridge/codebridge.exe" check "$T/usb/codebridge/levels" \
  >"$T/usb.log" 2>&1)
status=$?
(unset CODEBRIDGE_DATA && wine "$T/usb/codebridge/codebridge.exe" where >"$T/where.log" 2>&1)
grep -q "^progress: .*/usb/codebridge/progress$" "$T/where.log"
result "portable zip: check its own levels, progress kept beside the exe" $((status + $?))

# The MSI: a silent per-machine install, then the installed program checks its levels.
wine msiexec /i "$OUT/codebridge.msi" /qn >/dev/null 2>&1
installed="$WINEPREFIX/drive_c/Program Files/Codebridge"
(unset CODEBRIDGE_DATA && wine "$installed/codebridge.exe" check "$installed/levels" \
  >"$T/msi.log" 2>&1)
result "MSI: msiexec /i codebridge.msi /qn, then the installed codebridge.exe" $?
wine msiexec /x "$OUT/codebridge.msi" /qn >/dev/null 2>&1
[ ! -e "$installed/codebridge.exe" ]
result "MSI: msiexec /x removes it again" $?

if [ $failed = 0 ]; then echo "test-windows: all passed"; else echo "test-windows: $failed failed"; fi
[ $failed = 0 ]
