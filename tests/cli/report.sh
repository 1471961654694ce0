#!/bin/sh
# report.sh: `codebridge report` end to end on the fixture class (three laptops' folders, one
# collected twice): the CSV matches the one written by hand, collecting twice changes nothing,
# skipped files are named, level titles come from --levels, and usage errors exit 2.
# $1 is the built codebridge; the working folder is tests/.
CB="$1"
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check() { # check DESCRIPTION COMMAND...
  what="$1"; shift
  if "$@"; then :; else echo "FAIL: $what"; fail=1; fi
}

"$CB" report fixtures/progress/class --out "$tmp/one" > "$tmp/out.txt" 2>&1
check "report exits 0" test $? -eq 0
check "report.csv as written by hand" cmp "$tmp/one/report.csv" fixtures/progress/class-expected.csv
check "report.html written" grep -q "Amy Smith" "$tmp/one/report.html"
check "summary names the pupils, the one who never played too" grep -q "4 pupils, 3 levels, 11 attempts" "$tmp/out.txt"
check "a pupil on the class list who never played has a row" grep -q "^Dev Patel,4B,,,," "$tmp/one/report.csv"
check "the totals row" grep -q "^All pupils: solved by,,2,2,0,4,9,11,15" "$tmp/one/report.csv"
check "summary lists a skipped file" grep -q "notes.txt: is not a Codebridge progress file" "$tmp/out.txt"
check "summary lists a torn line" grep -q "Ben Jones.txt:8: the last line was cut off" "$tmp/out.txt"

# The same stick collected twice: the same report.
"$CB" report fixtures/progress/class fixtures/progress/class --out "$tmp/two" > /dev/null 2>&1
check "collecting twice exits 0" test $? -eq 0
check "collecting twice changes nothing" cmp "$tmp/one/report.csv" "$tmp/two/report.csv"

# Level titles and concepts from a pack folder (the pack's id is its folder's name).
mkdir -p "$tmp/levels/london"
cat > "$tmp/levels/london/01-bus-stop.lua" <<'LUA'
return {
  id = "bus-stop",
  title = "To the bus stop",
  concept = "sequence",
  map = [[
#######
#>...G#
#######
]],
  commands = { "forward" },
  goal = "reach",
  par = 2,
  solution = [[
for i = 1, 4 do
  forward()
end
]],
}
LUA
"$CB" report fixtures/progress/class --levels "$tmp/levels" --out "$tmp/lv" > "$tmp/lv.txt" 2>&1
check "report with --levels exits 0" test $? -eq 0
check "level title in report.csv" grep -q "To the bus stop (bus-stop)" "$tmp/lv/report.csv"
check "concepts in report.html" grep -q "KS1.1" "$tmp/lv/report.html"

# Progress on the bundled levels: their titles and concepts without --levels.
mkdir -p "$tmp/bundled"
printf 'forward()\nforward()\nforward()\nforward()\n' > "$tmp/four.lua"
for level in 01-bus-stop 02-along-the-street; do
  "$CB" run "../levels/01-london/$level.lua" "$tmp/four.lua" --progress "$tmp/bundled" --pupil "Amy" --class 3A > /dev/null 2>&1
done
"$CB" report "$tmp/bundled" --out "$tmp/bout" > /dev/null 2>&1
check "bundled level titles without --levels" grep -q "To the bus stop" "$tmp/bout/report.csv"
check "bundled concepts and I can statements without --levels" grep -q "I can put instructions" "$tmp/bout/report.html"
mkdir -p "$tmp/mine/walks" "$tmp/mineprog"
cat > "$tmp/mine/walks/01-a.lua" <<'LEVEL'
return {
  id = "a", title = "A walk", concept = "sequence", curriculum = { "KS1.1" },
  notes = "Let pupils walk it on the carpet first.",
  map = [[
#####
#>.G#
#####
]],
  goal = "reach", solution = "forward()\nforward()\n",
}
LEVEL
printf 'forward()\nforward()\n' > "$tmp/two.lua"
"$CB" run "$tmp/mine/walks/01-a.lua" "$tmp/two.lua" --progress "$tmp/mineprog" --pupil Bo --class 3A > /dev/null 2>&1
"$CB" report "$tmp/mineprog" --levels "$tmp/mine" --out "$tmp/mout" > /dev/null 2>&1
check "a teacher's level notes in the report" grep -q "Let pupils walk it on the carpet first." "$tmp/mout/report.html"
check "each level's curriculum statements for the teacher" grep -q "<td>To the bus stop</td><td>sequence</td><td>KS1.1</td>" "$tmp/bout/report.html"

# Nothing to report, or the command typed wrongly: exit 2 with a clear message.
mkdir "$tmp/empty"
"$CB" report "$tmp/empty" --out "$tmp/none" > "$tmp/none.txt" 2>&1
check "an empty folder exits 2" test $? -eq 2
check "an empty folder says so" grep -q "no progress files found" "$tmp/none.txt"
"$CB" report > /dev/null 2>&1
check "no folder exits 2" test $? -eq 2
"$CB" report fixtures/progress/class --bogus > /dev/null 2>&1
check "an unknown option exits 2" test $? -eq 2

[ $fail -eq 0 ] && echo "report.sh: all passed"
exit $fail
