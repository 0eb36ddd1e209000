#!/bin/bash
# The seed OCR text, cleaned by the shipped packs (Python peer), against its hand-checked
# record: before cleaning 98 of 125 true lines are exact; after, all but the row whose label
# OCR lost ("Development or socio-economic reconstruction", the parser infers it) must be.
# Skips (77) when ../shared is absent.
set -eu
src=${AMEND_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
shared=${AMEND_SHARED_DIR:-$src/../shared}
seed=$shared/data/seed/nagorno-karabakh-1993.ocr.txt
record=$shared/spec/examples/nagorno-karabakh-1993.json
if [ ! -f "$seed" ] || [ ! -f "$record" ]; then
  echo "skip: $seed or $record absent"; exit 77
fi
/usr/bin/python3 "$src/bench/clean/peer_clean.py" --self-test "$src/rules/packs/pax.toml" \
  --idempotent-on "$seed"
out=$(/usr/bin/python3 "$src/bench/clean/repair_score.py" --record "$record" "$seed" --show-missing)
echo "$out"
[ "$(echo "$out" | grep -c 'missing after cleaning')" -eq 1 ]
echo "$out" | grep -q "missing after cleaning: 'Development or socio-economic reconstruction"
