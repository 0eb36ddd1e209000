#!/usr/bin/python3
"""Our layout against plain Tesseract on the fixture scans (real Tesseract, run now).

    compare_tesseract.py SHEET_FROM_TSV

For each scan of tests/layout/fixture_scans.txt (scans listed with a level and seed are
printed first with make_scan.py): Tesseract runs on every page image in its
default mode (psm 3: text and TSV from one recognition) and in single-block mode (psm 6);
the layout runs on the psm-3 word boxes (sheet_from_tsv). score_sheet.py scores all three
against the scan's record (plain text with --plain: a row counts when one line is
"label value"). Prints one line per scan; fails unless the layout scores >= 98% and better
than both Tesseract modes on every scan.

When `$AMEND_BIN ocr SCAN --format sheet` works (exit 0), its output is scored too and must
also reach 98%. Exit 77 (skip) when tesseract or pdfimages is not installed.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.environ.get("AMEND_SOURCE_DIR", ".")
SCORE = os.path.join(ROOT, "scripts/fixtures/score_sheet.py")
TARGET = 98.0


def run(cmd, **kw):
  return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def score(record, text_path, plain=False):
  out = run([SCORE] + (["--plain"] if plain else []) + [record, text_path])
  return float(re.search(r"= ([0-9.]+)%", out).group(1))


def fixtures():
  with open(os.path.join(ROOT, "tests/layout/fixture_scans.txt")) as f:
    for line in f:
      if line.strip() and not line.startswith("#"):
        scan, record, *generate = line.split()
        yield scan, os.path.join(ROOT, "fixtures/records", record), generate


def main():
  if len(sys.argv) != 2:
    print("usage: compare_tesseract.py SHEET_FROM_TSV", file=sys.stderr)
    return 1
  tool = sys.argv[1]
  if not shutil.which("tesseract") or not shutil.which("pdfimages"):
    print("SKIP: tesseract or pdfimages not installed")
    return 77
  env = dict(os.environ, OMP_THREAD_LIMIT="1")
  amend = os.environ.get("AMEND_BIN")
  failed = False
  with tempfile.TemporaryDirectory() as tmp:
    for scan, record, generate in fixtures():
      pdf = os.path.join(ROOT, "fixtures/scans", scan + ".pdf")
      d = os.path.join(tmp, scan)
      os.makedirs(d)
      if generate:  # not committed: print and scan it now (deterministic)
        pdf = os.path.join(tmp, scan + ".pdf")
        run([os.path.join(ROOT, "scripts/fixtures/make_scan.py"), record, pdf,
             "--level", generate[0], "--seed", generate[1]])
      run(["pdfimages", "-j", pdf, os.path.join(d, "p")])
      images = sorted(f for f in os.listdir(d) if f.endswith(".jpg"))
      tsvs, psm3, psm6 = [], [], []
      for img in images:
        base = os.path.join(d, img[:-4])
        run(["tesseract", os.path.join(d, img), base + ".psm3", "--psm", "3", "txt", "tsv"],
            env=env)
        run(["tesseract", os.path.join(d, img), base + ".psm6", "--psm", "6", "txt"], env=env)
        tsvs.append(base + ".psm3.tsv")
        psm3.append(open(base + ".psm3.txt", encoding="utf-8").read())
        psm6.append(open(base + ".psm6.txt", encoding="utf-8").read())
      paths = {k: os.path.join(d, k + ".txt") for k in ("layout", "psm3", "psm6")}
      with open(paths["layout"], "w", encoding="utf-8") as f:
        f.write(run([tool] + tsvs))
      for k, pages in (("psm3", psm3), ("psm6", psm6)):
        with open(paths[k], "w", encoding="utf-8") as f:
          f.write("\n".join(pages))
      ours = score(record, paths["layout"])
      p3 = score(record, paths["psm3"], plain=True)
      p6 = score(record, paths["psm6"], plain=True)
      line = "%s: layout %.1f%%  tesseract psm 3 %.1f%%  psm 6 %.1f%%" % (scan, ours, p3, p6)
      ok = ours >= TARGET and ours > p3 and ours > p6
      if amend and os.path.exists(amend):
        sheet = os.path.join(d, "amend.sheet")
        r = subprocess.run([amend, "ocr", pdf, "--format", "sheet", "-o", sheet],
                           capture_output=True, text=True, env=env)
        if r.returncode == 0:
          a = score(record, sheet)
          line += "  amend ocr %.1f%%" % a
          ok = ok and a >= TARGET
        else:
          line += "  (amend ocr --format sheet: exit %d, not scored)" % r.returncode
      print(line + ("" if ok else "  FAIL"))
      failed = failed or not ok
  return 1 if failed else 0


if __name__ == "__main__":
  sys.exit(main())
