# teach.sh: `run` and `check` on levels that teach one idea (tests/levels/teach/): a required
# block, overshooting the goal, blocks that never ran; the first line keeps SPEC's format.
. ./cli/lib.sh
T=$(mktemp -d)
R=levels/teach/require-function.lua
B=levels/teach/bus-stop.lua

printf 'forward()\nforward()\nforward()\nforward()\nforward()\nforward()\nforward()\nforward()\nforward()\n' >"$T/flat.lua"
expect 0 "$CB" run $R "$T/flat.lua"
line 1 "solved steps=9 blocks=9 stars=1"
line 2 "You got there! Now try it with a function."

printf 'function hop()\n  forward()\n  forward()\n  forward()\nend\nhop()\nhop()\nhop()\n' >"$T/hop.lua"
expect 0 "$CB" run $R "$T/hop.lua"
line 1 "solved steps=9 blocks=7 stars=3"
line 2 ""

printf 'for i = 1, 7 do\n  forward()\nend\n' >"$T/far.lua"
expect 0 "$CB" run $B "$T/far.lua"
line 1 "solved steps=4 blocks=2 stars=2"
line 2 "line 2: Robo reached the bus stop but kept going. Stop at the bus stop!"

printf 'while true do\n  forward()\nend\n' >"$T/forever.lua"
expect 0 "$CB" run $B "$T/forever.lua"
line 1 "solved steps=4 blocks=2 stars=2"
line_matches 2 "kept going"

printf 'while not at_goal() do\n  forward()\nend\n' >"$T/stop.lua"
expect 0 "$CB" run $B "$T/stop.lua"
line 1 "solved steps=4 blocks=2 stars=3"
line 2 ""

printf 'function go()\n  forward()\nend\nforward()\nforward()\n' >"$T/never.lua"
expect 1 "$CB" run $B "$T/never.lua"
line 1 "unsolved steps=2 blocks=4 stars=0"
line 3 "never ran: line 2"

expect 1 "$CB" check levels/teach/flat-par.lua
line_matches 1 "^levels/teach/flat-par.lua:12: par is 3, but a program of the solution's 3 actions"
expect 1 "$CB" check levels/teach/require-unused.lua
line_matches 1 "^levels/teach/require-unused.lua:[0-9]+: the solution does not use the block it requires \(variable\)"
expect 0 "$CB" check levels/teach/require-function.lua levels/teach/bus-stop.lua levels/teach/fog.lua

# Predict, then run: the square is counted from 1, as the world API counts.
printf 'forward()\nforward()\n' >"$T/two.lua"
expect 1 "$CB" run levels/teach/debug-y1.lua "$T/two.lua" --predict 4,2
line 1 "unsolved steps=2 blocks=2 stars=0"
line 3 "prediction: right"
expect 1 "$CB" run levels/teach/debug-y1.lua "$T/two.lua" --predict 5,2
line 3 "prediction: wrong (Robo stopped at 4,2)"

rm -rf "$T"
finish
