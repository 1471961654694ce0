#!/bin/sh
# windows-deps.sh: builds SDL2, FreeType, SDL2_ttf and Lua for 64-bit Windows with
# gcc-mingw-w64, from Debian's source packages only (tools/debian-source.sh), and prints the
# prefix that holds them (bin/ DLLs, lib/, include/, lib/pkgconfig/).
# Built once per set of source versions into $CODEBRIDGE_DEPS/win64/<versions> and reused.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DEPS=${CODEBRIDGE_DEPS:-${HOME:-/root}/.cache/codebridge}
JOBS=${JOBS:-2}
RECIPE=1 # bump when this script builds differently, so old caches are not reused

srcs=$(sh tools/debian-source.sh libsdl2 freetype libsdl2-ttf lua5.4)
sdl=$(echo "$srcs" | sed -n 1p)
ft=$(echo "$srcs" | sed -n 2p)
ttf=$(echo "$srcs" | sed -n 3p)
lua=$(echo "$srcs" | sed -n 4p)
key="r$RECIPE-$(basename "$sdl")-$(basename "$ft")-$(basename "$ttf")-$(basename "$lua")"
PREFIX="$DEPS/win64/$key"
# SDL's own sdl2.pc makes every program a windowed one with SDL's main (-mwindows, SDL2main,
# -Dmain=SDL_main). Codebridge picks per program: a console codebridge.exe for the command line
# and a windowed codebridgew.exe, both with their own main (SDL_MAIN_HANDLED).
plain_sdl_pc() {
  sed -i -e 's/^Libs: .*/Libs: -L${libdir} -lSDL2/' -e 's/ -Dmain=SDL_main//' \
    "$PREFIX/lib/pkgconfig/sdl2.pc"
}
if [ -f "$PREFIX/.complete" ]; then
  plain_sdl_pc
  echo "$PREFIX"
  exit 0
fi
WORK="$DEPS/win64/build-$key"
rm -rf "$PREFIX" "$WORK"
mkdir -p "$PREFIX" "$WORK"
export CODEBRIDGE_WIN_PREFIX="$PREFIX"
TOOLCHAIN="$ROOT/tools/mingw-w64-x86_64.cmake"
log="$WORK/build.log"

cmake_build() { # name, source folder, cmake options
  name=$1 src=$2
  shift 2
  echo "windows-deps: building $name" >&2
  cmake -S "$src" -B "$WORK/$name" -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" -DCMAKE_PREFIX_PATH="$PREFIX" \
    "$@" >>"$log" 2>&1 && cmake --build "$WORK/$name" -j "$JOBS" >>"$log" 2>&1 &&
    cmake --install "$WORK/$name" >>"$log" 2>&1 || {
    tail -n 40 "$log" >&2
    echo "windows-deps: $name failed to build (the whole log: $log)" >&2
    exit 1
  }
}

cmake_build sdl2 "$sdl" -DSDL_SHARED=ON -DSDL_STATIC=OFF -DSDL_TEST=OFF -DSDL2_DISABLE_SDL2MAIN=OFF
# FreeType goes inside SDL2_ttf.dll: a static library without the optional compressors.
cmake_build freetype "$ft" -DBUILD_SHARED_LIBS=OFF -DFT_DISABLE_ZLIB=ON -DFT_DISABLE_BZIP2=ON \
  -DFT_DISABLE_PNG=ON -DFT_DISABLE_HARFBUZZ=ON -DFT_DISABLE_BROTLI=ON
cmake_build sdl2_ttf "$ttf" -DBUILD_SHARED_LIBS=ON -DSDL2TTF_SAMPLES=OFF -DSDL2TTF_VENDORED=OFF \
  -DSDL2TTF_HARFBUZZ=OFF

# Lua has no CMake file: its library is every src/*.c but the two programs, linked statically.
echo "windows-deps: building lua" >&2
mkdir -p "$WORK/lua" "$PREFIX/lib/pkgconfig" "$PREFIX/include"
for c in "$lua"/src/*.c; do
  case "$(basename "$c")" in lua.c | luac.c) continue ;; esac
  x86_64-w64-mingw32-gcc -O2 -std=gnu99 -c "$c" -o "$WORK/lua/$(basename "$c" .c).o" 2>>"$log"
done
x86_64-w64-mingw32-ar rcs "$PREFIX/lib/liblua5.4.a" "$WORK"/lua/*.o
for h in lua.h luaconf.h lualib.h lauxlib.h lua.hpp; do
  cp "$lua/src/$h" "$PREFIX/include/"
done
luaver=$(basename "$lua" | sed 's/^lua5.4-//')
cat >"$PREFIX/lib/pkgconfig/lua5.4.pc" <<PC
prefix=$PREFIX
Name: Lua
Description: Lua 5.4 built from Debian's source for Windows
Version: $luaver
Libs: -L\${prefix}/lib -llua5.4
Cflags: -I\${prefix}/include
PC

# Licences travel with the DLLs.
mkdir -p "$PREFIX/licences"
cp "$sdl/LICENSE.txt" "$PREFIX/licences/SDL2.txt"
cp "$ttf/LICENSE.txt" "$PREFIX/licences/SDL2_ttf.txt"
cp "$ft/docs/FTL.TXT" "$PREFIX/licences/FreeType.txt"
sed -n '/^Copyright/,/SOFTWARE\./p' "$lua/src/lua.h" >"$PREFIX/licences/Lua.txt"
plain_sdl_pc
rm -rf "$WORK"
touch "$PREFIX/.complete"
echo "$PREFIX"
