#!/bin/sh
# cross.sh ARCH: builds Codebridge for i386, armhf or arm64 with Debian's cross compilers
# (crossbuild-essential-ARCH) and multiarch libraries (liblua5.4-dev:ARCH, libsdl2-dev:ARCH,
# libsdl2-ttf-dev:ARCH), then runs every test through qemu-user. Build folder: build-ARCH.
# Packages come from apt alone; as root it adds the architecture and installs them.
set -eu
cd "$(dirname "$0")/.."
ARCH=${1:-}
case "$ARCH" in
i386 | armhf | arm64) ;;
*) echo "usage: tools/cross.sh i386|armhf|arm64" >&2; exit 2 ;;
esac
PKGS="cmake make pkg-config qemu-user crossbuild-essential-$ARCH liblua5.4-dev:$ARCH \
  libsdl2-dev:$ARCH libsdl2-ttf-dev:$ARCH"

installed() { dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null | grep -q " ok installed"; }
missing=""
for p in $PKGS; do installed "$p" || missing="$missing $p"; done
if [ -n "$missing" ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "cross.sh needs: sudo dpkg --add-architecture $ARCH && sudo apt-get update &&" \
      "sudo apt-get install$missing" >&2
    exit 1
  fi
  dpkg --print-foreign-architectures | grep -qx "$ARCH" || dpkg --add-architecture "$ARCH"
  apt-get update -qq
  # Multiarch pulls the host's copies of shared libraries to the same version; apt may then
  # offer to remove an unrelated package. Keep whatever it names, and never remove anything.
  keep=$(apt-get install -s $missing 2>/dev/null | sed -n 's/^Remv \([^ ]*\) .*/\1/p')
  echo "Installing:$missing $keep"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-remove $missing $keep >/dev/null
fi

B=build-$ARCH
cmake -S . -B "$B" -DCMAKE_TOOLCHAIN_FILE="$PWD/tools/cmake/cross.cmake" \
  -DCODEBRIDGE_CROSS_ARCH="$ARCH" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$B" -j 2
file "$B/codebridge"
# Slower under emulation: the timeouts stretch.
(cd "$B" && ctest --output-on-failure -j 2 --timeout 900)
