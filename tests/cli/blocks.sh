# blocks.sh: `codebridge blocks [--text] PROGRAM` as SPEC section 3 promises it.
. ./cli/lib.sh
T=$(mktemp -d)

printf -- '-- go to the stop\nfor i = 1,4 do forward() end\nif path_ahead() then\nforward()\nelse\nturn_left()\nend\nprint("hi")\n' >"$T/p.lua"
expect 0 "$CB" blocks "$T/p.lua"
line 1 "comment: -- go to the stop"
line 2 "repeat 4 times"
line 3 "  forward"
line 4 "if path_ahead"
line 5 "  forward"
line 6 "else"
line 7 "  turn_left"
line 8 'code: print("hi")'

expect 0 "$CB" blocks --text "$T/p.lua"
cp "$OUT" "$T/canon.lua"
line 2 "for i = 1, 4 do"
line 3 "  forward()"
expect 0 "$CB" blocks --text "$T/canon.lua"
if cmp -s "$OUT" "$T/canon.lua"; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL: blocks --text changed canonical text"; fi

# A NUL byte inside a string is legal Lua: --text keeps the whole program, not the part
# before the NUL.
printf 'forward()\nx = "a\000b"\nturn_left()\n' >"$T/nul-byte.lua"
expect 0 "$CB" blocks --text "$T/nul-byte.lua"
if cmp -s "$OUT" "$T/nul-byte.lua"; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL: blocks --text lost the text after a NUL byte"; fi

printf 'repeat\n  forward()\n' >"$T/bad.lua"
expect 1 "$CB" blocks "$T/bad.lua"
line_matches 1 "^line 1: "

expect 2 "$CB" blocks "$T/missing.lua"
expect 2 "$CB" blocks
expect 2 "$CB" blocks --text

rm -rf "$T"
finish
