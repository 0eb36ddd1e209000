#!/usr/bin/env bash
# The layout on the recorded word boxes of each fixture scan (fixtures/ocr-words/, Tesseract
# psm 3 TSV) must give a correct "label<TAB>value" line for >= 98% of the record's rows
# (scripts/fixtures/score_sheet.py defines "correct").
#   score_recorded.sh SHEET_FROM_TSV
set -euo pipefail
tool=$1
root=${AMEND_SOURCE_DIR:-.}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
while read -r scan record _; do
  case "$scan" in ''|'#'*) continue ;; esac
  mapfile -t pages < <(ls "$root/fixtures/ocr-words/$scan"/page-*.tsv | sort -V)
  "$tool" "${pages[@]}" > "$tmp/$scan.sheet"
  out=$("$root/scripts/fixtures/score_sheet.py" --verbose "$root/fixtures/records/$record" "$tmp/$scan.sheet")
  echo "$scan: layout on recorded words: $out"
  pct=$(sed -n 's/.*= \([0-9.]*\)%.*/\1/p' <<<"$out" | head -1)
  awk -v p="$pct" 'BEGIN { exit !(p >= 98) }' || { echo "FAIL: $scan below 98%"; fail=1; }
done < "$root/tests/layout/fixture_scans.txt"
exit $fail
