# lib.sh: helpers for the command-line tests. Each test script gets the program as $1.
CB=$1
passed=0
failed=0
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT

# expect CODE COMMAND...: runs the command, keeps its stdout in $OUT, checks the exit code.
expect() {
  want=$1
  shift
  "$@" >"$OUT" 2>"$OUT.err"
  got=$?
  if [ "$got" = "$want" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $* exited $got, expected $want"
    sed 's/^/  | /' "$OUT" "$OUT.err"
  fi
}

# line N TEXT: line N of the last output is exactly TEXT.
line() {
  got=$(sed -n "$1p" "$OUT")
  if [ "$got" = "$2" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: line $1 is '$got', expected '$2'"
  fi
}

# line_matches N REGEX: line N of the last output matches the extended regex.
line_matches() {
  got=$(sed -n "$1p" "$OUT")
  if printf '%s\n' "$got" | grep -Eq -- "$2"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: line $1 is '$got', expected to match '$2'"
  fi
}

finish() {
  rm -f "$OUT.err"
  echo "$passed passed, $failed failed"
  [ "$failed" = 0 ]
}
