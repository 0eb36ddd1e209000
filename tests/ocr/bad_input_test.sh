#!/bin/bash
# `amend ocr` on bad inputs: each gives a one-line error naming the file and the problem,
# the documented exit code, no output file, no crash, no hang, and leaves the input as it
# was. Bad files are made here (tests/ocr/make_bad_inputs.py, head, qpdf); the good scan
# comes from the build (tests/ocr/CMakeLists.txt).
#   bad_input_test.sh SCAN_DIR
set -u
AMEND=${AMEND_BIN:?AMEND_BIN not set}
SCANS=${1:?usage: bad_input_test.sh SCAN_DIR}
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0

cp "$SCANS/page1.pdf" "$T/good.pdf"
cp "$SCANS/page1.png" "$T/good.png"
: > "$T/empty.pdf"
printf 'Agreement text, not a scan\n' > "$T/notes.pdf"
head -c 30000 "$T/good.pdf" > "$T/truncated.pdf"
head -c 30000 "$T/good.png" > "$T/truncated.png"
qpdf --encrypt s3cret s3cret 256 -- "$T/good.pdf" "$T/encrypted.pdf" || { echo "qpdf failed"; exit 1; }
/usr/bin/python3 "$HERE/make_bad_inputs.py" "$T" || { echo "make_bad_inputs.py failed"; exit 1; }
cp "$T/good.png" "$T/png-named.pdf"   # type comes from content, not the name

# expect NAME CODE PATTERN -- ARGS...: runs amend ocr ARGS -o OUT and checks the result.
expect() {
  local name=$1 code=$2 pattern=$3; shift 4
  local out="$T/out-$name.txt" before after input="" prev=""
  for a in "$@"; do [[ -f $a && $prev != -o ]] && input=$a && break; prev=$a; done
  local -a o=(-o "$out")
  for a in "$@"; do [[ $a == -o ]] && o=() && out="$T/never-written"; done
  [[ -n $input ]] && before=$(sha256sum "$input" | cut -d' ' -f1)
  timeout 120 "$AMEND" ocr "$@" "${o[@]}" >"$T/stdout" 2>"$T/stderr"
  local rc=$?
  local lines; lines=$(wc -l < "$T/stderr")
  local msg; msg=$(cat "$T/stderr")
  if [[ $rc != "$code" ]]; then echo "FAIL $name: exit $rc, want $code ($msg)"; fails=$((fails+1)); return; fi
  if [[ $code != 0 ]]; then
    # (CLI11 adds a "Run with --help" line to usage errors)
    if [[ $lines != 1 && $code != 1 ]]; then echo "FAIL $name: $lines stderr lines: $msg"; fails=$((fails+1)); fi
    if ! grep -Eq -- "$pattern" <<<"$msg"; then echo "FAIL $name: message '$msg' !~ /$pattern/"; fails=$((fails+1)); fi
    if [[ -e $out ]]; then echo "FAIL $name: output file written"; fails=$((fails+1)); fi
    if ls "$T" | grep -q "^\.out-$name\|out-$name.*tmp"; then echo "FAIL $name: temp file left"; fails=$((fails+1)); fi
  else
    if ! grep -Eiq -- "$pattern" "$out"; then echo "FAIL $name: output lacks /$pattern/"; fails=$((fails+1)); fi
  fi
  if [[ -n $input ]]; then
    after=$(sha256sum "$input" | cut -d' ' -f1)
    [[ $before == "$after" ]] || { echo "FAIL $name: input $input modified"; fails=$((fails+1)); }
  fi
  echo "ok   $name (exit $rc) ${msg}"
}

expect missing      2 "nope\.pdf: no such file"                       -- "$T/nope.pdf"
expect empty        2 "empty\.pdf: empty file"                        -- "$T/empty.pdf"
expect not-a-scan   2 "notes\.pdf: not a PDF or image file"           -- "$T/notes.pdf"
expect directory    2 "is a directory"                                -- "$T"
expect trunc-pdf    2 "truncated\.pdf: truncated or damaged PDF"      -- "$T/truncated.pdf"
expect trunc-png    2 "truncated\.png: truncated PNG image"           -- "$T/truncated.png"
expect encrypted    2 "encrypted\.pdf: encrypted PDF: give its password with --password" -- "$T/encrypted.pdf"
expect bad-password 2 "encrypted\.pdf: encrypted PDF: the password given with --password is wrong" -- "$T/encrypted.pdf" --password wrong
expect zero-pages   2 "zero-pages\.pdf: PDF has no pages"             -- "$T/zero-pages.pdf"
expect bomb         2 "bomb\.png: page 1 is 40000x40000 pixels, over the limit .*--max-pixels" -- "$T/bomb.png"
expect max-pixels   2 "good\.png: page 1 is 2550x3300 pixels, over the limit of 1000000" -- "$T/good.png" --max-pixels 1000000
expect no-tessdata  3 "language 'eng' in $T/none: install the Debian package tesseract-ocr-eng" -- "$T/good.png" --tessdata "$T/none"
# A folder with the eng model only, so the missing model is missing whatever is installed.
mkdir -p "$T/engonly"
for d in "${TESSDATA_PREFIX:-}" /usr/share/tesseract-ocr/5/tessdata /usr/share/tesseract-ocr/4.00/tessdata /usr/share/tessdata; do
  if [[ -n $d && -f $d/eng.traineddata ]]; then ln -s "$d/eng.traineddata" "$T/engonly/"; break; fi
done
expect unknown-lang 3 "language 'fra' in $T/engonly: install the Debian package tesseract-ocr-fra" -- "$T/good.png" --lang eng+fra --tessdata "$T/engonly"
expect no-script    3 "language 'Cyrillic' in $T/engonly: install the Debian package tesseract-ocr-script-cyrl" -- "$T/good.png" --lang eng+Cyrillic --tessdata "$T/engonly"
expect bad-format   1 "format"                                        -- "$T/good.png" --format pdf
expect same-file    1 "overwrite the input"                           -- "$T/good.png" -o "$T/good.png"
expect out-dir      6 "nodir"                                         -- "$T/good.png" -o "$T/nodir/x.txt" --jobs 1
# The good cases: the password opens the encrypted scan; a PNG named .pdf is read as PNG.
expect password     0 "bishkek"                                       -- "$T/encrypted.pdf" --password s3cret --jobs 1
expect by-content   0 "bishkek"                                       -- "$T/png-named.pdf" --jobs 1

[[ $fails == 0 ]] || { echo "$fails failure(s)"; exit 1; }
echo "all bad-input checks passed"
