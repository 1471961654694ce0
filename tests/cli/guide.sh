# guide.sh: `codebridge guide PACK --out DIR` writes a teacher's guide: an index and one
# printable page a level with the goal, the curriculum statement, the solution as blocks,
# common mistakes (what pupils are told) and an unplugged warm-up.
. ./cli/lib.sh
T=$(mktemp -d)

expect 0 "$CB" guide ../levels/03-first-steps --out "$T/g"
line 1 "Wrote $T/g/index.html and 12 level pages."
n=$(ls "$T/g"/[0-9]*.html | wc -l)
if [ "$n" = 12 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $n pages"; fi

P="$T/g/06-left-or-right.html"
for want in '<h1>Left or right?</h1>' 'size:A4' '<svg' 'An intended solution (10 blocks, 10 moves)' \
  'The program pupils start with' 'KS1.3</b> Use logical reasoning to predict' \
  'Answer: column 4, row 4' 'Bump! ' 'Unplugged warm-up' 'turn left</div>'; do
  if grep -qF -- "$want" "$P"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL: $P lacks '$want'"; fi
done
grep -qF '06-left-or-right.html' "$T/g/index.html" && passed=$((passed + 1)) ||
  { failed=$((failed + 1)); echo "FAIL: the index does not link the level"; }

# A functions level: the flat program is named with its stars.
expect 0 "$CB" guide ../levels/01-london --out "$T/london"
grep -qF 'The same moves as single blocks' "$T/london/22-fetch-the-post.html" &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: no flat program on the functions level"; }

expect 1 "$CB" guide "$T/no-such-pack" --out "$T/x"
expect 2 "$CB" guide ../levels/03-first-steps
rm -rf "$T"
finish
