#!/bin/sh
# web-deps.sh: builds the browser build's libraries (SDL2, FreeType, SDL2_ttf, Lua 5.4) with
# Debian's emscripten from Debian's own source packages (tools/debian-source.sh), and prints
# the folder they were installed in (include/, lib/, lib/pkgconfig/).
# Nothing is downloaded but Debian packages: emscripten's ports (-sUSE_SDL=2) are never used,
# and Debian's emscripten keeps its library cache frozen, so it cannot fetch one either.
# Built trees are kept in $CODEBRIDGE_DEPS/web/<versions> (default ~/.cache/codebridge) and
# reused; delete that folder (or set CODEBRIDGE_WEB_FRESH=1) to build from scratch.
set -eu
cd "$(dirname "$0")/.."
DEPS=${CODEBRIDGE_DEPS:-${HOME:-/root}/.cache/codebridge}
JOBS=${JOBS:-2}
CFLAGS_WEB="-O2"

say() { echo "web-deps: $*" >&2; }

srcs=$(sh tools/debian-source.sh libsdl2 freetype libsdl2-ttf lua5.4)
SDL_SRC=$(echo "$srcs" | sed -n 1p)
FT_SRC=$(echo "$srcs" | sed -n 2p)
TTF_SRC=$(echo "$srcs" | sed -n 3p)
LUA_SRC=$(echo "$srcs" | sed -n 4p)
EMVER=$(emcc -dumpversion 2>/dev/null || echo unknown)
RECIPE=$(cksum <tools/web-deps.sh | cut -c1-8) # this script: a change to it builds afresh
KEY="r$RECIPE-em$EMVER-$(basename "$SDL_SRC")-$(basename "$FT_SRC")-$(basename "$TTF_SRC")-$(basename "$LUA_SRC")"
PREFIX="$DEPS/web/$KEY"
if [ -f "$PREFIX/.done" ] && [ "${CODEBRIDGE_WEB_FRESH:-0}" != 1 ]; then
  echo "$PREFIX"
  exit 0
fi
WORK="$DEPS/web/build-$KEY"
case "$PREFIX$WORK" in "$DEPS"/web/*"$DEPS"/web/*) ;; *) say "odd folders: $PREFIX $WORK"; exit 1 ;; esac
rm -rf "$PREFIX" "$WORK"
mkdir -p "$PREFIX/include/SDL2" "$PREFIX/include/freetype2" "$PREFIX/lib/pkgconfig" "$WORK/ftconf"

# Compiles C files (paths relative to ROOT) two at a time into PREFIX/lib/LIB.a.
compile_lib() { # LIB ROOT FLAGS FILE...
  lib=$1 root=$2 flags=$3
  shift 3
  mkdir -p "$WORK/$lib"
  for f in "$@"; do echo "$f"; done |
    FLAGS="$flags" ROOT="$root" OUT="$WORK/$lib" xargs -P "$JOBS" -I{} sh -c \
      'o="$OUT/$(echo "{}" | tr / _).o"; emcc $FLAGS -w -c "$ROOT/{}" -o "$o" || { echo "web-deps: {} failed" >&2; exit 255; }'
  emar rcs "$PREFIX/lib/$lib.a" "$WORK/$lib"/*.o
}

pc_file() { # NAME VERSION LIBS CFLAGS [REQUIRES]
  {
    echo "prefix=$PREFIX"
    echo "Name: $1"
    echo "Description: $1 for Codebridge's browser build"
    echo "Version: $2"
    [ -n "${5:-}" ] && echo "Requires: $5"
    echo "Libs: -L\${prefix}/lib $3"
    echo "Cflags: $4"
  } >"$PREFIX/lib/pkgconfig/$1.pc"
}

version_of() { basename "$1" | sed "s/^$2-//; s/+.*//"; }

# SDL2: its own SDL_config_emscripten.h chooses the browser's drivers, so no configure step
# (hundreds of slow emcc probes) is needed. Every file of these folders is built; a file for
# a driver that is not chosen compiles to nothing.
say "building SDL2 from $SDL_SRC"
SDL_DIRS=". atomic audio audio/emscripten audio/dummy audio/disk cpuinfo dynapi events file
  filesystem/emscripten haptic haptic/dummy joystick joystick/emscripten loadso/dlopen locale
  locale/emscripten misc misc/emscripten power power/emscripten render render/software
  render/opengles2 sensor sensor/dummy stdlib thread thread/generic timer timer/unix video
  video/emscripten video/dummy video/yuv2rgb"
sdl_files=$(cd "$SDL_SRC/src" && for d in $SDL_DIRS; do ls "$d"/*.c; done | sed 's|^\./||')
compile_lib libSDL2 "$SDL_SRC/src" "$CFLAGS_WEB -I$SDL_SRC/include" $sdl_files
cp "$SDL_SRC"/include/*.h "$PREFIX/include/SDL2/"
pc_file sdl2 "$(version_of "$SDL_SRC" libsdl2)" "-lSDL2" "-I\${prefix}/include/SDL2"

# FreeType with only what TrueType fonts need (the game's fonts are all .ttf).
say "building FreeType from $FT_SRC"
for m in "FT_Module_Class, autofit_module_class" "FT_Driver_ClassRec, tt_driver_class" \
  "FT_Module_Class, psnames_module_class" "FT_Module_Class, sfnt_module_class" \
  "FT_Renderer_Class, ft_smooth_renderer_class"; do
  echo "FT_USE_MODULE( $m )"
done >"$WORK/ftconf/cb_ftmodule.h"
compile_lib libfreetype "$FT_SRC/src" \
  "$CFLAGS_WEB -DFT2_BUILD_LIBRARY -DFT_CONFIG_MODULES_H=<cb_ftmodule.h> -I$WORK/ftconf -I$FT_SRC/include" \
  base/ftsystem.c base/ftinit.c base/ftdebug.c base/ftbase.c base/ftbbox.c base/ftbitmap.c \
  base/ftglyph.c base/ftstroke.c base/ftsynth.c base/ftmm.c autofit/autofit.c \
  truetype/truetype.c sfnt/sfnt.c smooth/smooth.c psnames/psnames.c gzip/ftgzip.c
cp -r "$FT_SRC/include/." "$PREFIX/include/freetype2/"
pc_file freetype2 "$(version_of "$FT_SRC" freetype)" "-lfreetype" "-I\${prefix}/include/freetype2"

# SDL2_ttf is one C file, built against the SDL2 and FreeType above (no HarfBuzz).
say "building SDL2_ttf from $TTF_SRC"
compile_lib libSDL2_ttf "$TTF_SRC" \
  "$CFLAGS_WEB -DTTF_USE_HARFBUZZ=0 -I$PREFIX/include/SDL2 -I$PREFIX/include/freetype2" SDL_ttf.c
cp "$TTF_SRC/SDL_ttf.h" "$PREFIX/include/SDL2/"
pc_file SDL2_ttf "$(version_of "$TTF_SRC" libsdl2-ttf)" "-lSDL2_ttf" "-I\${prefix}/include/SDL2" \
  "sdl2 freetype2"

# Lua: the library without the lua and luac programs, with 5.3 compatibility as Debian has it.
say "building Lua from $LUA_SRC"
lua_files=$(cd "$LUA_SRC/src" && ls *.c | grep -v '^lua\.c$' | grep -v '^luac\.c$')
# Debian's luaconf.h names the multiarch folder for C modules; the game loads none.
echo '#define DEB_HOST_MULTIARCH "wasm32-emscripten"' >"$PREFIX/include/lua5.4-deb-multiarch.h"
compile_lib liblua5.4 "$LUA_SRC/src" "$CFLAGS_WEB -DLUA_COMPAT_5_3 -I$PREFIX/include" $lua_files
for h in lua.h luaconf.h lualib.h lauxlib.h lua.hpp; do cp "$LUA_SRC/src/$h" "$PREFIX/include/"; done
pc_file lua5.4 "$(version_of "$LUA_SRC" lua5.4)" "-llua5.4" "-I\${prefix}/include"

rm -rf "$WORK"
touch "$PREFIX/.done"
say "done: $PREFIX"
echo "$PREFIX"
