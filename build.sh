#!/bin/sh
# build.sh: sets everything up, then starts the game or runs every test.
#   ./build.sh play [game options]   install what is missing, build, start the game
#   ./build.sh test                  install what is missing, build, run all tests
#   ./build.sh windows               64-bit Windows: build-win/codebridge-windows.zip (portable)
#                                    and build-win/codebridge.msi (per-machine installer)
#   ./build.sh test-windows          the Windows build's tests, under wine
#   ./build.sh deb                   build-deb/codebridge_*.deb, checked by lintian,
#                                    desktop-file-validate and appstreamcli
#   ./build.sh test-deb              the same, then the package run from a scratch root and
#                                    installed with dpkg (then removed)
#   ./build.sh cross i386|armhf|arm64  a cross build with Debian's multiarch packages, every
#                                    test run (through qemu-user for ARM)
#   ./build.sh web                   the browser build: build-web/codebridge.html (one file)
#   ./build.sh test-web              the browser build's test in headless Chromium
# The platform builds are slow the first time (their libraries are built from Debian's
# sources, then cached in ~/.cache/codebridge), so `test` leaves them to their own verbs;
# CI (.ci/run) runs test, then test-deb and test-windows.
# As root on Debian or Ubuntu it installs missing packages itself; otherwise it names them.
set -eu
cd "$(dirname "$0")"

BUILD_PACKAGES="cmake make gcc clang pkg-config liblua5.4-dev libsdl2-dev libsdl2-ttf-dev libespeak-ng-dev"
TEST_PACKAGES="libclang-rt-14-dev clang-format-14"
# Windows: mingw-w64 (g++ too: SDL's build asks for it), wixl for the MSI, wine for the tests.
WINDOWS_PACKAGES="cmake make pkgconf-bin dpkg-dev gcc-mingw-w64-x86-64 g++-mingw-w64-x86-64 \
  msitools wixl zip unzip"
WINE_PACKAGES="wine wine64"
DEB_PACKAGES="dpkg-dev file lintian desktop-file-utils appstream fonts-sil-andika fonts-dejavu-core"
WEB_PACKAGES="emscripten node-acorn dpkg-dev cmake make pkgconf-bin"
WEB_TEST_PACKAGES="chromium nodejs"
JOBS=2

# True when some architecture's copy of package $1 is installed (dpkg -s refuses a name that a
# multiarch machine has for two architectures, e.g. pkg-config after ./build.sh cross).
installed() {
  dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null | grep -q " ok installed"
}

install_missing() {
  command -v dpkg >/dev/null 2>&1 || return 0
  missing=""
  for p in "$@"; do
    installed "$p" || missing="$missing $p"
  done
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ]; then
    echo "Installing:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "Codebridge needs these packages: sudo apt-get install$missing" >&2
    exit 1
  fi
}

# Every C file of engine/ and tests/ as .clang-format lays it out; a difference fails the test.
check_format() {
  echo "== clang-format-14: engine/ and tests/ as .clang-format says"
  files=$(find engine tests -name '*.[ch]' | sort)
  if ! clang-format-14 --dry-run --Werror $files; then
    echo "Not formatted: run clang-format-14 -i on the files named above." >&2
    exit 1
  fi
}

configure_and_build() { # folder, then cmake options
  dir=$1
  shift
  cmake -S . -B "$dir" "$@" >/dev/null
  cmake --build "$dir" -j "$JOBS"
}

case "${1:-}" in
play)
  shift
  install_missing $BUILD_PACKAGES
  configure_and_build build -DCMAKE_BUILD_TYPE=Release
  exec ./build/codebridge "$@"
  ;;
test)
  install_missing $BUILD_PACKAGES $TEST_PACKAGES
  check_format
  echo "== gcc build, all tests"
  configure_and_build build-test -DCMAKE_C_COMPILER=gcc -DCMAKE_C_FLAGS=-Werror -DCODEBRIDGE_SPEECH=ON
  (cd build-test && ctest --output-on-failure -j "$JOBS")
  echo "== clang build with AddressSanitizer and UndefinedBehaviorSanitizer, all tests again"
  echo "   (with 30 s libFuzzer runs of the progress parser, the program parser and the level loader)"
  configure_and_build build-asan -DCMAKE_C_COMPILER=clang -DCMAKE_C_FLAGS=-Werror -DCODEBRIDGE_SPEECH=ON \
    -DCODEBRIDGE_SANITIZE=ON -DCODEBRIDGE_FUZZ=ON
  (cd build-asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j "$JOBS")
  ;;
deb | test-deb)
  install_missing $BUILD_PACKAGES $DEB_PACKAGES
  exec tools/deb.sh $([ "$1" = test-deb ] && echo --test)
  ;;
cross)
  [ $# = 2 ] || { echo "usage: ./build.sh cross i386|armhf|arm64" >&2; exit 2; }
  exec tools/cross.sh "$2"
  ;;
windows)
  install_missing $WINDOWS_PACKAGES
  exec sh tools/windows-build.sh
  ;;
test-windows)
  install_missing $WINDOWS_PACKAGES $WINE_PACKAGES
  exec sh tools/windows-test.sh
  ;;
web)
  install_missing $WEB_PACKAGES
  sh tools/web/build-web.sh
  ;;
test-web)
  install_missing $WEB_PACKAGES $WEB_TEST_PACKAGES
  sh tools/web/build-web.sh
  node tools/web/test-web.js build-web/codebridge.html
  ;;
*)
  echo "usage: ./build.sh play | test | deb | test-deb | cross ARCH | windows | test-windows | web | test-web" >&2
  exit 2
  ;;
esac
