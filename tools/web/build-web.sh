#!/bin/sh
# build-web.sh: the browser build, build-web/codebridge.html (./build.sh web runs it after
# installing emscripten). Libraries from tools/web-deps.sh; prints the page's size, plain and
# gzipped (what a school's web server sends).
set -eu
cd "$(dirname "$0")/../.."
# Debian's emscripten needs Debian's acorn; a Node.js not from Debian does not look there.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
deps=$(sh tools/web-deps.sh)
# emscripten's toolchain file looks for libraries only in its own sysroot; ours are beside it.
PKG_CONFIG_LIBDIR="$deps/lib/pkgconfig" emcmake cmake -S . -B build-web -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_FIND_ROOT_PATH_MODE_LIBRARY=BOTH -DCMAKE_FIND_ROOT_PATH_MODE_INCLUDE=BOTH >/dev/null
cmake --build build-web -j "${JOBS:-2}"
page=build-web/codebridge.html
echo "web: $page: $(wc -c <"$page") bytes, $(gzip -9 -c "$page" | wc -c) gzipped"
