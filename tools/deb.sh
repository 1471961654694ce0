#!/bin/sh
# deb.sh [--test]: makes build-deb/codebridge_VERSION_ARCH.deb with CPack (Debian's hardening
# flags, the fonts taken from fonts-sil-andika and fonts-dejavu-core) and checks it: lintian
# with no errors, desktop-file-validate, appstreamcli validate. With --test it also unpacks the
# package into a scratch root and runs it there, then installs it with dpkg, runs the installed
# program (check, run, screenshot, where) and removes it again.
# Called by ./build.sh deb and ./build.sh test-deb, which install the tools first.
set -eu
cd "$(dirname "$0")/.."
B=build-deb
CPPFLAGS=$(dpkg-buildflags --get CPPFLAGS)
CFLAGS=$(dpkg-buildflags --get CFLAGS)
LDFLAGS=$(dpkg-buildflags --get LDFLAGS)
umask 022 # lintian wants 0644 files and 0755 folders whatever the builder's umask
cmake -S . -B "$B" -DCMAKE_BUILD_TYPE=Release -DCODEBRIDGE_DEB=ON -DCMAKE_INSTALL_PREFIX=/usr \
  -DCMAKE_C_FLAGS="$CPPFLAGS $CFLAGS" -DCMAKE_EXE_LINKER_FLAGS="$LDFLAGS" >/dev/null
# Only what the package holds: the tests are built and run by ./build.sh test.
cmake --build "$B" -j 2 --target codebridge manpage debian_changelog
rm -f "$B"/codebridge_*.deb
(cd "$B" && cpack -G DEB >/dev/null)
DEB=$(ls "$B"/codebridge_*.deb)
echo "== $DEB: $(du -k "$DEB" | cut -f1) KiB"

echo "== lintian (errors fail the build; warnings are printed)"
lintian --tag-display-limit 0 "$DEB" | tee "$B/lintian.txt"
if grep -q '^E:' "$B/lintian.txt"; then
  echo "deb.sh: lintian found errors" >&2
  exit 1
fi
echo "== desktop-file-validate and appstreamcli validate"
desktop-file-validate assets/linux/io.github.codebridge.Codebridge.desktop
appstreamcli validate --no-net assets/linux/io.github.codebridge.Codebridge.metainfo.xml

[ "${1:-}" = --test ] || exit 0

T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
printf 'forward()\n' >"$T/prog.lua"
run_from() { # ROOT: the package's program from ROOT, as a pupil with an empty home
  env -u CODEBRIDGE_DATA HOME="$T/home" SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy sh -ec '
    cb=$1/usr/bin/codebridge; lv=$1/usr/share/codebridge/levels/01-london/01-bus-stop.lua
    "$cb" --version
    "$cb" check "$1/usr/share/codebridge/levels" | tail -n 1
    "$cb" run "$lv" "$2/prog.lua" --progress "$2/progress" --pupil Zoë --class 4B | head -n 1
    "$cb" screenshot "$lv" --out "$2/shot.bmp" >/dev/null
    test "$(head -c 2 "$2/shot.bmp")" = BM
    test -s "$2/progress/4B/Zoë.txt"
    "$cb" where | head -n 1' sh "$1" "$T"
}
echo "== the package unpacked into a scratch root"
dpkg-deb -x "$DEB" "$T/root"
ln -s /usr/share/fonts "$T/root/usr/share/fonts" # the dependencies, installed on this machine
run_from "$T/root"
echo "== installed with dpkg, then removed"
if [ "$(id -u)" != 0 ]; then
  echo "deb.sh: installing with dpkg needs root; the scratch-root run above passed" >&2
  exit 1
fi
dpkg -i "$DEB" >/dev/null
run_from ""
dpkg -r codebridge >/dev/null
echo "deb.sh: all checks passed"
