#!/bin/sh
# report_open.sh: the desktop menu's "Class report" (`codebridge report --open`): this laptop's
# progress, written to the per-user data folder, handed to the desktop's browser (xdg-open, here
# a stand-in that notes what it was asked to open). $1 is the built codebridge.
CB="$1"
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
check() { # check DESCRIPTION COMMAND...
  what="$1"; shift
  if "$@"; then :; else echo "FAIL: $what"; fail=1; fi
}
mkdir -p "$tmp/bin"
printf '#!/bin/sh\necho "$1" > "%s/opened"\n' "$tmp" > "$tmp/bin/xdg-open"
chmod +x "$tmp/bin/xdg-open"
export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" PATH="$tmp/bin:$PATH"
progress="$tmp/data/codebridge/progress"
page="$tmp/data/codebridge/report/report.html"
opened() { # the stand-in browser runs detached: give it a moment
  for i in 1 2 3 4 5 6 7 8 9 10; do [ -s "$tmp/opened" ] && break; sleep 0.2; done
  [ "$(cat "$tmp/opened" 2>/dev/null)" = "$page" ]
}

# Nobody has played yet: an empty page still opens, rather than nothing at all.
(cd "$tmp" && "$CB" report --open > "$tmp/out.txt" 2>&1)
check "report --open exits 0 on a laptop nobody played on" test $? -eq 0
check "the page went to the browser" opened

# After a pupil played: their row is on the page that opens.
rm -f "$tmp/opened"
printf 'forward()\n' > "$tmp/one.lua"
"$CB" run ../levels/01-london/01-bus-stop.lua "$tmp/one.lua" --progress "$progress" \
  --pupil "Amy Smith" --class 3A > /dev/null 2>&1
(cd "$tmp" && "$CB" report --open > "$tmp/out.txt" 2>&1)
check "report --open exits 0" test $? -eq 0
check "the new page went to the browser" opened
check "the pupil is on it" grep -q "Amy Smith" "$page"
check "nothing was written into the working folder" test ! -e "$tmp/report.html"

# No browser at all: the teacher is told where the page is.
rm -f "$tmp/bin/xdg-open"
(cd "$tmp" && PATH="$tmp/bin" "$CB" report --open > "$tmp/out.txt" 2>&1)
check "without a browser the teacher is told to open the page" grep -q "open .*report.html in a web browser" "$tmp/out.txt"

[ $fail -eq 0 ] && echo "report_open.sh: all passed"
exit $fail
