# docs_levels.sh: every example level in docs/levels.md (each ```lua block) passes
# `codebridge check`, so a teacher who copies one starts from something that works.
. ./cli/lib.sh
T=$(mktemp -d)
awk -v dir="$T" '
  /^```lua[ \t]*$/ { n++; file = sprintf("%s/example-%02d.lua", dir, n); inside = 1; next }
  /^```/ { inside = 0; next }
  inside { print > file }
' ../docs/levels.md
count=$(ls "$T" | wc -l)
if [ "$count" -ge 5 ]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL: only $count example levels found in docs/levels.md"; fi
for f in "$T"/example-*.lua; do
  expect 0 "$CB" check "$f"
  line_matches 1 "^ok [a-z0-9-]+: solution solved in [0-9]+ steps, [0-9]+ blocks$"
done
rm -rf "$T"
finish
