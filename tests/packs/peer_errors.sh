#!/bin/bash
# The peer's bad-input handling: a pack with a bad pattern or a missing field is a rule error
# (exit 4) naming the file and rule; an unreadable input is exit 2 naming it; no output file
# is left behind.
set -u
src=${AMEND_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
peer=$src/bench/clean/peer_clean.py
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
printf '[pack]\nname = "x"\n[[rule]]\nid = "r"\nstage = "words"\nscope = "line"\nmatch = '"'"'\\bAgr(ee'"'"'\nreplace = "A"\nexamples = [["a", "b"]]\nkeeps = ["c"]\n' > "$tmp/bad.toml"
echo text > "$tmp/in.txt"
err=$(/usr/bin/python3 "$peer" --rules "$tmp/bad.toml" "$tmp/in.txt" -o "$tmp/out.txt" 2>&1); rc=$?
[ $rc -eq 4 ] || fail "bad pattern: exit $rc, want 4"
echo "$err" | grep -q "bad.toml: rule r: bad pattern" || fail "message: $err"
[ ! -e "$tmp/out.txt" ] || fail "output written despite the rule error"
sed -i '/^keeps/d' "$tmp/bad.toml"
err=$(/usr/bin/python3 "$peer" --self-test "$tmp/bad.toml" 2>&1); rc=$?
[ $rc -eq 4 ] || fail "missing keeps: exit $rc"
echo "$err" | grep -q "missing field 'keeps'" || fail "message: $err"
err=$(/usr/bin/python3 "$peer" "$tmp/nope.txt" 2>&1); rc=$?
[ $rc -eq 2 ] || fail "missing input: exit $rc, want 2"
echo "$err" | grep -q "nope.txt" || fail "message: $err"
echo ok
