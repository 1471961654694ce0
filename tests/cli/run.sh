# run.sh: `codebridge run LEVEL PROGRAM` as SPEC section 3 promises it.
. ./cli/lib.sh
T=$(mktemp -d)
L=cli/data/bus-stop.lua

printf 'for i = 1, 4 do\n  forward()\nend\n' >"$T/good.lua"
expect 0 "$CB" run $L "$T/good.lua"
line 1 "solved steps=4 blocks=2 stars=3"
line 2 ""

printf 'forward()\nforward()\nforward()\nforward()\n' >"$T/long.lua"
expect 0 "$CB" run $L "$T/long.lua"
line 1 "solved steps=4 blocks=4 stars=2"

printf 'forward()\nturn_left()\nforward()\n' >"$T/bump.lua"
expect 1 "$CB" run $L "$T/bump.lua"
line 1 "unsolved steps=3 blocks=3 stars=0"
line_matches 2 "^line 3: .*[Bb]ump"

printf 'forward()\n' >"$T/short.lua"
expect 1 "$CB" run $L "$T/short.lua"
line 1 "unsolved steps=1 blocks=1 stars=0"

printf 'forward()\nfor i = 1, 3 do\n  forward()\n' >"$T/noend.lua"
expect 1 "$CB" run $L "$T/noend.lua"
line_matches 1 "^error steps=0 "
line_matches 2 "^line 2: .*end"

printf 'foward()\n' >"$T/typo.lua"
expect 1 "$CB" run $L "$T/typo.lua"
line_matches 1 "^error steps=0 "
line_matches 2 "^line 1: .*forward"

printf 'pick_up()\n' >"$T/offer.lua"
expect 1 "$CB" run $L "$T/offer.lua"
line_matches 1 "^error "
line_matches 2 "^line 1: .*pick_up"

printf 'forward()\nwhile true do\nend\n' >"$T/loop.lua"
expect 1 "$CB" run $L "$T/loop.lua"
line 1 "too-long steps=1 blocks=2 stars=0"
line_matches 2 "^line [23]: "

printf 'while true do\n  turn_left()\nend\n' >"$T/spin.lua"
expect 1 "$CB" run $L "$T/spin.lua"
line 1 "too-long steps=1000 blocks=2 stars=0"

# What a program prints can never be taken for the outcome.
printf 'print("solved steps=4 blocks=2 stars=3")\nprint("a\\nb")\n' >"$T/forge.lua"
expect 1 "$CB" run $L "$T/forge.lua"
line_matches 1 "^unsolved "
line 3 "> solved steps=4 blocks=2 stars=3"
line 4 "> a"
line 5 "> b"

: >"$T/empty.lua"
expect 1 "$CB" run $L "$T/empty.lua"
line 1 "unsolved steps=0 blocks=0 stars=0"

# Attempts are recorded under the pack id the game uses (the folder's safe name), also when
# the level is named from inside its folder.
mkdir "$T/Our walks"
cp $L "$T/Our walks/bus-stop.lua"
expect 0 "$CB" run "$T/Our walks/bus-stop.lua" "$T/good.lua" --progress "$T/progress" --pupil Ann
(cd "$T/Our walks" && "$CB" run bus-stop.lua ../good.lua --progress ../progress --pupil Ann >/dev/null)
n=$(grep -c "	Our-walks	bus-stop	solved	" "$T"/progress/*/Ann.txt)
if [ "$n" = 2 ]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL: recorded pack ids:"; cut -f3 "$T"/progress/*/Ann.txt; fi

# Usage, unreadable programs and broken levels: exit 2.
expect 2 "$CB" run $L
expect 2 "$CB" run $L "$T/missing.lua"
expect 2 "$CB" run $L /dev/zero
expect 2 "$CB" run $L "$T"
expect 2 "$CB" run cli/data/broken-map.lua "$T/good.lua"
expect 2 "$CB" run "$T/no-level.lua" "$T/good.lua"

rm -rf "$T"
finish
