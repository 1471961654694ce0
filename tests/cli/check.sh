# check.sh: `codebridge check PATH...` as SPEC section 3 promises it.
. ./cli/lib.sh
T=$(mktemp -d)

expect 0 "$CB" check cli/data/bus-stop.lua
line 1 "ok bus-stop: solution solved in 4 steps, 2 blocks"

expect 1 "$CB" check cli/data/broken-map.lua
line_matches 1 "^cli/data/broken-map.lua:[0-9]+: .*robot"

expect 1 "$CB" check cli/data/wrong-solution.lua
line_matches 1 "^cli/data/wrong-solution.lua:14: .*Bump"

# A folder: every level in it, and one bad level makes the whole check fail.
cp cli/data/bus-stop.lua cli/data/wrong-solution.lua "$T/"
expect 1 "$CB" check "$T"
expect 0 "$CB" check cli/data/bus-stop.lua cli/data/bus-stop.lua

printf 'return {\n  id = "x",\n  title = "Oops",\n  map = [[\n#>G#\n]],\n  goal = "reach"\n  par = 1,\n}\n' >"$T/syntax.lua"
expect 1 "$CB" check "$T/syntax.lua"
line_matches 1 "syntax.lua:[78]: "

# Teachers indent maps with the Tab key too.
printf 'return {\n\tid = "tabs",\n\ttitle = "Tabs",\n\tmap = [[\n\t\t#####\n\t\t#>.G#\n\t\t#####\n\t]],\n\tgoal = "reach",\n\tsolution = "forward() forward()",\n}\n' >"$T/tabs.lua"
expect 0 "$CB" check "$T/tabs.lua"
line 1 "ok tabs: solution solved in 2 steps, 2 blocks"

# Naming a pack.lua checks its whole pack.
mkdir "$T/pack"
cp cli/data/bus-stop.lua "$T/pack/01-bus-stop.lua"
printf 'return { title = "Mine", levels = { "01-bus-stop.lua" } }\n' >"$T/pack/pack.lua"
expect 0 "$CB" check "$T/pack/pack.lua"
line 1 "ok bus-stop: solution solved in 4 steps, 2 blocks"

# A teacher's folder may have spaces and capitals in its name.
mkdir "$T/Our walks"
cp cli/data/bus-stop.lua "$T/Our walks/01-bus-stop.lua"
expect 0 "$CB" check "$T/Our walks"
line 1 "ok bus-stop: solution solved in 4 steps, 2 blocks"

# A solution that starts on the [[ line: the failing line is counted from that line.
printf 'return {\n  id = "x",\n  title = "Same line",\n  map = [[\n#>.G#\n]],\n  goal = "reach",\n  solution = [[forward()\nturn_left() forward()]],\n}\n' >"$T/sameline.lua"
expect 1 "$CB" check "$T/sameline.lua"
line_matches 1 "sameline.lua:9: .*Bump"

# A level's own text (its error messages, what its goal function raised) cannot send escape
# codes to the teacher's terminal: control characters arrive as '?'.
printf 'error("\\27[2J\\27]0;pwned\\7 boom")\n' >"$T/esc1.lua"
expect 1 "$CB" check "$T/esc1.lua"
line_matches 1 "esc1.lua:1: .*\?\[2J\?\]0;pwned\? boom"
printf 'return { id = "esc", title = "t", map = "#>.G#", goal = function(w) error("\\27[31mred\\155") end,\n  solution = "forward()", commands = {"forward"} }\n' >"$T/esc2.lua"
expect 1 "$CB" check "$T/esc2.lua"
line_matches 1 "\?\[31mred\?$"
printf 'forward()\n' >"$T/p.lua"
expect 1 "$CB" run "$T/esc2.lua" "$T/p.lua"
line_matches 2 "\?\[31mred\?$"
if LC_ALL=C grep -q "$(printf '\033')" "$OUT" "$OUT.err"; then
  failed=$((failed + 1))
  echo "FAIL: an escape character reached the terminal"
else
  passed=$((passed + 1))
fi

expect 1 "$CB" check "$T/none.lua"
expect 2 "$CB" check

rm -rf "$T"
finish
