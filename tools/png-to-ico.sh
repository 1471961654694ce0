#!/bin/sh
# png-to-ico.sh IN.png OUT.ico: wraps a 256x256 PNG in an .ico (one image, stored as PNG, which
# Windows Vista and later read), for the Windows programs' icon. No image tools needed.
set -eu
size=$(wc -c <"$1")
le32() { # a number as 4 little-endian bytes
  printf "$(printf '\\%03o\\%03o\\%03o\\%03o' $(($1 & 255)) $(($1 >> 8 & 255)) \
    $(($1 >> 16 & 255)) $(($1 >> 24 & 255)))"
}
{
  printf '\000\000\001\000\001\000'         # an icon file holding one image
  printf '\000\000\000\000\001\000\040\000' # 256x256 (0 means 256), 1 plane, 32 bits
  le32 "$size"
  le32 22 # the image follows the 6 + 16 bytes of headers
  cat "$1"
} >"$2"
