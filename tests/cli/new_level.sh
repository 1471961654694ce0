# new_level.sh: `codebridge new-level FILE` writes a template that check accepts, and never
# overwrites a teacher's file.
. ./cli/lib.sh
T=$(mktemp -d)

expect 0 "$CB" new-level "$T/trip.lua"
expect 0 "$CB" check "$T/trip.lua"
line_matches 1 "^ok my-level: solution solved in 6 steps, 2 blocks$"

echo "-- my work" >"$T/mine.lua"
expect 1 "$CB" new-level "$T/mine.lua"
if [ "$(cat "$T/mine.lua")" = "-- my work" ]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL: new-level overwrote a file"; fi
expect 2 "$CB" new-level

rm -rf "$T"
finish
