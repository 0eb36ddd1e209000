#!/usr/bin/env bash
# The committed vocabularies are what scripts/schema/make_vocab.py makes from the PA-X data
# (skips when ../shared is absent: a clean clone passes without it).
set -u
if [ ! -d "$AMEND_SHARED_DIR/data/pax" ]; then echo "skip: $AMEND_SHARED_DIR/data/pax absent"; exit 77; fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
/usr/bin/python3 "$AMEND_SOURCE_DIR/scripts/schema/make_vocab.py" "$AMEND_SHARED_DIR" "$out" >/dev/null || exit 1
for f in region agreement-status interim-arrangement conflict-level stage conflict-nature; do
  diff -u "$AMEND_SOURCE_DIR/schemas/pax-sheet/vocab/$f.txt" "$out/$f.txt" || { echo "FAIL: vocab/$f.txt is stale"; exit 1; }
done
grep -qx "Europe and Eurasia" "$out/region.txt" || { echo "FAIL: region vocabulary lacks Europe and Eurasia"; exit 1; }
echo ok
