#!/usr/bin/env bash
# `amend eval` end to end on the hand-made pairs of tests/parse/data/eval (scores known by
# construction, see its README): the total line, the missing record, exit codes.
set -u
data="$AMEND_SOURCE_DIR/tests/parse/data/eval"
out=$("$AMEND_BIN" eval --truth "$data/truth" --got "$data/got" 2>/tmp/amend-eval-err.$$)
rc=$?
err=$(cat /tmp/amend-eval-err.$$); rm -f /tmp/amend-eval-err.$$
fail() { echo "FAIL: $*"; echo "$out"; echo "$err"; exit 1; }
[ "$rc" -eq 5 ] || fail "exit $rc, want 5 (c.json missing in --got)"
echo "$err" | grep -q "1 of 3 records missing" || fail "stderr does not name the missing record"
echo "$out" | grep -E '^total \(3 documents\) +3/6 +0\.5000 +2/7 +0\.2857 +0\.1786$' >/dev/null || fail "total line"
echo "$out" | grep -E '^a\.json +2/4 +0\.5000 +2/4 +0\.5000 +0\.0500$' >/dev/null || fail "a.json line"
echo "$out" | grep -E '^c\.json \(missing\) +0/1 ' >/dev/null || fail "c.json line"
"$AMEND_BIN" eval --truth "$data/nope" --got "$data/got" 2>/dev/null; rc=$?
[ "$rc" -eq 2 ] || fail "missing truth folder: exit $rc, want 2"
"$AMEND_BIN" eval --truth "$data/truth" 2>/dev/null; rc=$?
[ "$rc" -eq 1 ] || fail "missing --got: exit $rc, want 1"
echo ok
