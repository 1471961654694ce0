# screenshot_levels.sh: `codebridge screenshot` of a teacher's level: its folder's broken
# levels are reported once each (not once per map load), and --levels DIR is accepted as the
# game accepts it. (test_ui_loose checks the map picture shows the teacher's pack.)
. ./cli/lib.sh
T=$(mktemp -d)
mkdir "$T/class"
cp levels/good.lua "$T/class/a-good.lua"
cp levels/syntax-error.lua "$T/class/b-bad.lua"
cp levels/no-robot.lua "$T/class/c-bad.lua"

# once_each FILE: the last run's stderr names FILE on exactly one line
once_each() {
  n=$(grep -c "$1" "$OUT.err")
  if [ "$n" = 1 ]; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL: $1 reported $n times, expected once"; sed 's/^/  | /' "$OUT.err"; fi
}

for screen in map challenge result; do
  expect 0 "$CB" screenshot "$T/class/a-good.lua" --screen $screen --out "$T/shot.bmp"
  once_each b-bad.lua
  once_each c-bad.lua
done
expect 0 "$CB" screenshot ../levels/01-london/01-bus-stop.lua --levels "$T/class" --screen map \
  --out "$T/shot.bmp"
once_each b-bad.lua
[ -s "$T/shot.bmp" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: no picture"; }
expect 2 "$CB" screenshot "$T/class/a-good.lua" --levels
rm -rf "$T"
finish
