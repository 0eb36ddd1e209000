#!/bin/bash
# The benchmark corpus generator: deterministic from its seed, damage actually applied, and
# the shipped packs (Python peer) repair most of it. Skips (77) without the PA-X data.
set -eu
src=${AMEND_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
gen() { /usr/bin/python3 "$src/scripts/bench/make_corpus.py" -n 20 --seed 5 -o "$1"; }
rc=0; gen "$tmp/a" || rc=$?
[ $rc -eq 77 ] && { echo "skip: PA-X data absent"; exit 77; }
[ $rc -eq 0 ]
gen "$tmp/b"
diff -r "$tmp/a" "$tmp/b"                                  # same seed, same bytes
[ "$(ls "$tmp/a/texts" | wc -l)" -eq 20 ]
[ "$(ls "$tmp/a/truth" | wc -l)" -eq 20 ]
! diff -q "$tmp/a/texts" "$tmp/a/truth" >/dev/null            # damage was applied
/usr/bin/python3 "$src/scripts/bench/make_corpus.py" -n 20 --seed 6 -o "$tmp/c" >/dev/null
! diff -rq "$tmp/a/texts" "$tmp/c/texts" >/dev/null           # another seed, other damage
/usr/bin/python3 "$src/bench/clean/repair_score.py" --corpus "$tmp/a" --min-after 97
# A second pass of the whole pack changes nothing on the damaged corpus either.
/usr/bin/python3 "$src/bench/clean/peer_clean.py" --self-test "$src/rules/packs/pax.toml" \
  --idempotent-on "$tmp/a/all.txt" >/dev/null
