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

expect 1 "$CB" check "$T/none.lua"
expect 2 "$CB" check

rm -rf "$T"
finish
