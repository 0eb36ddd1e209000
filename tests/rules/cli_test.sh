#!/usr/bin/env bash
# End-to-end: `amend clean`, `amend rules test`, `amend rules lint` on the purpose-made
# packs in tests/rules/data/ and (when ../shared is present) on the real seed OCR text.
set -uo pipefail
: "${AMEND_BIN:?}" "${AMEND_SOURCE_DIR:?}"
data="$AMEND_SOURCE_DIR/tests/rules/data"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() {  # check NAME EXPECTED ACTUAL
  if [ "$2" != "$3" ]; then
    echo "FAIL $1"; echo "  expected: $2"; echo "  actual:   $3"; fail=1
  else
    echo "ok   $1"
  fi
}
export AMEND_PACKS_DIR="$tmp/no-shipped-packs"  # the engine must not need pax.toml

# rules test: passing packs exit 0 with a summary; a wrong example exits 1 with a diff.
out=$("$AMEND_BIN" rules test --rules "$data/good"); rc=$?
check "rules test good: exit" 0 "$rc"
check "rules test good: summary" "rules test: 15 passed, 0 failed (7 rules in 2 packs)" "$(tail -1 <<<"$out")"
out=$("$AMEND_BIN" rules test --rules "$data/failing"); rc=$?
check "rules test failing: exit" 1 "$rc"
check "rules test failing: diff" '- expected  "Agreement/conflict"' "$(grep '^- expected' <<<"$out")"
check "rules test failing: diff" '+ actual    "Agreemont/conflict"' "$(grep '^+ actual' <<<"$out")"

# A bad pack stops everything with exit 4 and a compiler-style message; no output file.
echo "Agroomont" > "$tmp/in.txt"
"$AMEND_BIN" clean "$tmp/in.txt" -o "$tmp/out.txt" --rules "$data/bad" 2> "$tmp/err"; rc=$?
check "clean bad pack: exit" 4 "$rc"
check "clean bad pack: message" "$data/bad/bad.toml:8:9: bad pattern: missing ): \\bAgr(ee" "$(head -1 "$tmp/err")"
check "clean bad pack: caret" "        ^" "$(sed -n 3p "$tmp/err")"
check "clean bad pack: no output" "absent" "$([ -e "$tmp/out.txt" ] && echo present || echo absent)"
"$AMEND_BIN" rules test --rules "$tmp/nowhere" 2> "$tmp/err"; rc=$?
check "missing rules dir: exit" 4 "$rc"

# clean: stdin to stdout, with a trace whose spans point into the input.
printf 'Agroomont/conflict\tIntractate\n\n\na ee eee\nRegion\tEuropo and Eurasia\n' > "$tmp/in.txt"
"$AMEND_BIN" clean - --rules "$data/good" --trace "$tmp/trace.jsonl" < "$tmp/in.txt" > "$tmp/out.txt"; rc=$?
check "clean stdin: exit" 0 "$rc"
check "clean stdin: text" "$(printf 'Agreement/conflict\tIntrastate\n\nRegion\tEurope and Eurasia')" "$(cat "$tmp/out.txt")"
first=$(grep '"rule":"agreement-e-as-o"' "$tmp/trace.jsonl")
check "trace: rule line" '"pack":"'"$data"'/good/10-basic.toml:19","original":[0,9]' \
  "$(grep -o '"pack":[^,]*,"original":\[[0-9,]*\]' <<<"$first")"
check "input unchanged" "$(printf 'Agroomont/conflict\tIntractate\n\n\na ee eee\nRegion\tEuropo and Eurasia\n')" "$(cat "$tmp/in.txt")"

# Invalid UTF-8 is repaired and reported, not fatal.
printf 'a\xffb\n' | "$AMEND_BIN" clean - > "$tmp/out.txt" 2> "$tmp/err"; rc=$?
check "invalid utf-8: exit" 0 "$rc"
check "invalid utf-8: text" "$(printf 'a\xef\xbf\xbdb')" "$(cat "$tmp/out.txt")"
check "invalid utf-8: reported" "amend: <stdin>: 1 invalid UTF-8 sequence(s) replaced with U+FFFD" "$(cat "$tmp/err")"
"$AMEND_BIN" clean "$tmp/does-not-exist.txt" 2> "$tmp/err"; rc=$?
check "missing input: exit" 2 "$rc"

# lint: problems found on the lint pack and corpus -> exit 1.
out=$("$AMEND_BIN" rules lint --rules "$data/lint" --corpus "$data/corpus"); rc=$?
check "lint: exit" 1 "$rc"
check "lint: hits of grow" "hits 1	grow	$data/lint/lint.toml:22" "$(grep 'grow' <<<"$out" | head -1)"
check "lint: summary" "rules lint: 6 problem(s) in 4 rules, corpus of 2 files" "$(tail -1 <<<"$out")"
out=$("$AMEND_BIN" rules lint --rules "$data/good"); rc=$?
check "lint good: exit" 0 "$rc"

# The real seed: normalization removes the page residue it is responsible for.
seed="${AMEND_SHARED_DIR:-}/data/seed/nagorno-karabakh-1993.ocr.txt"
if [ -f "$seed" ]; then
  "$AMEND_BIN" clean "$seed" -o "$tmp/seed.txt"; rc=$?
  check "seed: exit" 0 "$rc"
  for residue in '(opens in new tab)' 'Download PDF' '**' '----' 'Close Nagorno' 'Nagorno- Karabakh'; do
    check "seed: no '$residue'" 0 "$(grep -cF -- "$residue" "$tmp/seed.txt")"
  done
  check "seed: no trailing spaces" 0 "$(grep -c ' $' "$tmp/seed.txt")"
  # A trailing tab only where the value cell is empty ("Governance<TAB>").
  check "seed: no tab after a value" 0 "$(grep -c "$(printf '\t')"'.*'"$(printf '\t')"'$' "$tmp/seed.txt")"
  check "seed: own punctuation kept" 1 "$(grep -c 'hostages,principles' "$tmp/seed.txt")"
  # Every label<TAB>value row survives except the Markdown table rule "-----<TAB>-----".
  rows=$(( $(grep -c "$(printf '\t')" "$seed") - $(grep -c "^-*$(printf '\t')-*$" "$seed") ))
  check "seed: rows kept" "$rows" "$(grep -c "$(printf '\t')" "$tmp/seed.txt")"
else
  echo "skip seed checks: $seed absent"
fi
exit $fail
