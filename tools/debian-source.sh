#!/bin/sh
# debian-source.sh PACKAGE... : unpacks Debian's source of each package into the folder
# printed on stdout (one line a package), for the Windows, browser and cross builds.
# Sources come only from the Debian archive apt already uses: this adds deb-src lines
# mirroring the configured deb lines, runs apt-get source, and never fetches from elsewhere.
# Unpacked trees are kept in $CODEBRIDGE_DEPS (default ~/.cache/codebridge) and reused.
set -eu
DEPS=${CODEBRIDGE_DEPS:-${HOME:-/root}/.cache/codebridge}
SRC="$DEPS/src"
mkdir -p "$SRC"

need_root() {
  if [ "$(id -u)" != 0 ]; then
    echo "debian-source.sh: $1 needs root (sudo)." >&2
    exit 1
  fi
}

add_deb_src() { # one deb-src entry for every deb entry apt already has
  grep -rqs '^Types:.*deb-src\|^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/ && return 0
  need_root "adding deb-src lines"
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    grep -q '^Types: *deb$' "$f" || continue
    sed 's/^Types: *deb$/Types: deb-src/' "$f" >"/etc/apt/sources.list.d/codebridge-src-$(basename "$f")"
  done
  if [ -f /etc/apt/sources.list ] && grep -q '^deb ' /etc/apt/sources.list; then
    sed -n 's/^deb /deb-src /p' /etc/apt/sources.list >/etc/apt/sources.list.d/codebridge-src.list
  fi
  apt-get update -qq
}

ensure_dpkg_dev() {
  command -v dpkg-source >/dev/null 2>&1 && return 0
  need_root "installing dpkg-dev"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dpkg-dev >/dev/null
}

unpacked_dir() { # the folder apt-get source made for PACKAGE, if any
  find "$SRC" -mindepth 1 -maxdepth 1 -type d -name "$1-[0-9]*" | sort | tail -n 1
}

for pkg in "$@"; do
  dir=$(unpacked_dir "$pkg")
  if [ -z "$dir" ]; then
    add_deb_src
    ensure_dpkg_dev
    (cd "$SRC" && apt-get source -qq "$pkg" >/dev/null 2>&1) || {
      # apt-get source prints why (no deb-src, unknown package); show it once.
      (cd "$SRC" && apt-get source -qq "$pkg") >&2 || true
      echo "debian-source.sh: could not get the Debian source of $pkg" >&2
      exit 1
    }
    dir=$(unpacked_dir "$pkg")
  fi
  [ -n "$dir" ] || { echo "debian-source.sh: no folder for $pkg in $SRC" >&2; exit 1; }
  echo "$dir"
done
