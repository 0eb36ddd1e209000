#!/bin/bash
# `amend ocr` end to end on every input type and output format. Checks structure and
# expected words (case-insensitive), not exact OCR strings.
#   cli_formats_test.sh SCAN_DIR
set -u
AMEND=${AMEND_BIN:?AMEND_BIN not set}
SCANS=${1:?usage: cli_formats_test.sh SCAN_DIR}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
fail() { echo "FAIL $*"; fails=$((fails+1)); }

# Inputs: a 2-page TIFF and a JPEG made from the generated PNGs (PIL), the 3-page PDF.
/usr/bin/python3 - "$SCANS" "$T" <<'PY' || exit 1
import sys
from PIL import Image
scans, out = sys.argv[1], sys.argv[2]
a, b = Image.open(scans + "/page1.png"), Image.open(scans + "/page2.png")
a.save(out + "/two.tif", save_all=True, append_images=[b], compression="tiff_deflate", dpi=(300, 300))
a.save(out + "/one.jpg", quality=90, dpi=(300, 300))
PY

# text (stdout): form feed after each page, expected words, nothing on stderr (not a tty)
"$AMEND" ocr "$T/two.tif" --jobs 2 > "$T/two.txt" 2> "$T/err" || fail "text exit $?"
[[ -s $T/err ]] && fail "stderr not silent: $(cat "$T/err")"
[[ $(tr -cd '\f' < "$T/two.txt" | wc -c) == 2 ]] || fail "text: want 2 form feeds"
grep -qi "page 1 agreement" "$T/two.txt" || fail "text: page 1 heading missing"
grep -qi "page 2 agreement" "$T/two.txt" || fail "text: page 2 heading missing"
[[ $(grep -ni "page 1 agreement" "$T/two.txt" | cut -d: -f1) -lt $(grep -ni "page 2 agreement" "$T/two.txt" | cut -d: -f1) ]] || fail "text: pages out of order"

# tsv to a file: 12 columns on every row, levels 1..5, words of page 1 and 2
"$AMEND" ocr "$T/two.tif" --format tsv -o "$T/two.tsv" || fail "tsv exit $?"
awk -F'\t' 'NF != 12 { bad = 1 } END { exit bad }' "$T/two.tsv" || fail "tsv: a row without 12 columns"
head -1 "$T/two.tsv" | grep -q "^level	page_num	block_num	par_num	line_num	word_num	left	top	width	height	conf	text$" || fail "tsv header"
[[ $(awk -F'\t' '$1 == 1' "$T/two.tsv" | wc -l) == 2 ]] || fail "tsv: want 2 page rows"
awk -F'\t' '$1 == 5 && ($11 < 0 || $11 > 100) { bad = 1 } END { exit bad }' "$T/two.tsv" || fail "tsv: conf out of range"
awk -F'\t' '$1 == 5 && tolower($12) == "bishkek"' "$T/two.tsv" | grep -q . || fail "tsv: no Bishkek word"

# hocr: well-formed XHTML with one ocr_page per page and word boxes
"$AMEND" ocr "$T/one.jpg" --format hocr -o "$T/one.html" || fail "hocr exit $?"
/usr/bin/python3 - "$T/one.html" <<'PY' || fail "hocr structure"
import sys, xml.etree.ElementTree as ET
ns = {"h": "http://www.w3.org/1999/xhtml"}
root = ET.parse(sys.argv[1]).getroot()
pages = root.findall(".//h:div[@class='ocr_page']", ns)
words = root.findall(".//h:span[@class='ocrx_word']", ns)
assert len(pages) == 1, len(pages)
assert len(words) >= 40, len(words)
assert all(w.get("title").startswith("bbox ") and "x_wconf" in w.get("title") for w in words)
assert any((w.text or "").lower() == "protocol" for w in words)
PY

# sheet: the layout's text, one line per row at least
"$AMEND" ocr "$SCANS/three.pdf" --format sheet --jobs 2 -o "$T/three.sheet" || fail "sheet exit $?"
grep -qi "bishkek protocol" "$T/three.sheet" || fail "sheet: row text missing"
[[ $(grep -ci "agreement coding sheet" "$T/three.sheet") == 3 ]] || fail "sheet: want 3 page headings"

# the preprocessing switches are accepted and still give text
"$AMEND" ocr "$SCANS/page1.png" --no-deskew --no-binarize --no-rule-removal --no-border-cleanup \
  --no-grayscale --jobs 1 | grep -qi "bishkek" || fail "all steps off"

# progress: on a terminal (script(1) gives one), a "page N/3" line on stderr
if command -v script > /dev/null; then
  script -qec "\"$AMEND\" ocr \"$SCANS/three.pdf\" --jobs 2 -o \"$T/tty.txt\"" /dev/null > "$T/tty.log" 2>&1 \
    || fail "tty run exit $?"
  grep -q "amend ocr: page 3/3" "$T/tty.log" || fail "no progress line on a terminal: $(cat "$T/tty.log")"
  [[ -s $T/tty.txt ]] || fail "tty run wrote no output"
fi

"$AMEND" ocr --help | grep -q -- "--max-pixels" || fail "help lacks --max-pixels"

[[ $fails == 0 ]] || { echo "$fails failure(s)"; exit 1; }
echo "all format checks passed"
