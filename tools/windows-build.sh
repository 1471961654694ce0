#!/bin/sh
# windows-build.sh: the 64-bit Windows build (./build.sh windows runs it).
# Cross-compiles codebridge.exe (console: the command line) and codebridgew.exe (no console:
# the Start menu and a double-click) with gcc-mingw-w64 against the libraries
# tools/windows-deps.sh builds from Debian sources, then packs
#   build-win/codebridge-windows.zip  a portable folder: unzip anywhere (a USB stick) and run;
#                                     progress/ beside the exe keeps pupils' work on the stick
#   build-win/codebridge.msi          per-machine installer: msiexec /i codebridge.msi /qn
# Nothing is downloaded: Debian's packages and source packages only.
set -eu
cd "$(dirname "$0")/.."
JOBS=${JOBS:-2}
OUT=build-win
STAGE=$OUT/stage/codebridge

PREFIX=$(sh tools/windows-deps.sh)
export CODEBRIDGE_WIN_PREFIX="$PREFIX"
export PKG_CONFIG_LIBDIR="$PREFIX/lib/pkgconfig" PKG_CONFIG_PATH=""

echo "== cross-building codebridge.exe and codebridgew.exe"
cmake -S . -B "$OUT" -DCMAKE_TOOLCHAIN_FILE=tools/mingw-w64-x86_64.cmake \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_FLAGS=-Werror >/dev/null
cmake --build "$OUT" -j "$JOBS" --target codebridge codebridgew
x86_64-w64-mingw32-strip "$OUT/codebridge.exe" "$OUT/codebridgew.exe"

version=$(sed -n 's/^project(codebridge VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
version=${version:-0.1.0}
upgrade_below=$(echo "$version" | awk -F. '{ printf "%d.%d.%d", $1, $2, $3 + 1 }')

echo "== staging $STAGE"
rm -rf "$OUT/stage"
mkdir -p "$STAGE/licences"
cp "$OUT/codebridge.exe" "$OUT/codebridgew.exe" "$PREFIX/bin/SDL2.dll" "$PREFIX/bin/SDL2_ttf.dll" \
  "$STAGE/"
x86_64-w64-mingw32-strip "$STAGE/SDL2.dll" "$STAGE/SDL2_ttf.dll"
cp -r levels scripts assets "$STAGE/"
cp "$PREFIX"/licences/* "$STAGE/licences/"
[ -f LICENSE ] && cp LICENSE "$STAGE/LICENSE.txt"
# Windows users open .txt with Notepad: CRLF line ends.
sed 's/$/\r/' >"$STAGE/README.txt" <<EOF
Codebridge $version for Windows (64-bit)

Double-click codebridgew.exe to play. The command line is codebridge.exe:
  codebridge.exe --help

This folder runs from anywhere, also a USB stick. While the folder "progress"
is beside codebridgew.exe, pupils' progress is kept there, on the stick.
Delete that folder to keep progress in each user's %APPDATA%\\Codebridge instead.

Installing for every user of a computer: codebridge.msi
  msiexec /i codebridge.msi /qn
EOF

echo "== $OUT/codebridge-windows.zip"
rm -f "$OUT/codebridge-windows.zip"
mkdir -p "$STAGE/progress" # portable mode: progress stays beside the program
(cd "$OUT/stage" && zip -qr9 ../codebridge-windows.zip codebridge)
rmdir "$STAGE/progress" # the installed copy keeps progress per user, never in Program Files

echo "== $OUT/codebridge.msi"
(cd "$OUT/stage/codebridge" && find . -type f | sed 's|^\./||' | sort) |
  wixl-heat -p "" --directory-ref INSTALLDIR --component-group CG.files \
    --var var.SourceDir >"$OUT/files.wxs"
wixl -a x64 -D SourceDir="$STAGE" -D Version="$version" -D UpgradeBelow="$upgrade_below" \
  -D IconFile="$OUT/codebridge.ico" -o "$OUT/codebridge.msi" \
  tools/codebridge.wxs "$OUT/files.wxs"

ls -l "$OUT/codebridge-windows.zip" "$OUT/codebridge.msi" | awk '{printf "%s %.1f MB\n", $9, $5 / 1048576}'
