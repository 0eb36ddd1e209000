#!/usr/bin/python3
"""make_scan.py: deterministic from --seed, A4 pages at the level's DPI, bad record -> exit 2."""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.environ.get("AMEND_SOURCE_DIR", ".")
TOOL = os.path.join(ROOT, "scripts/fixtures/make_scan.py")
RECORD = {"schema": "pax-sheet/1", "fields": {"Region": "Europe and Eurasia"},
          "provisions": [{"section": "Groups", "label": "Racial/ethnic/national group",
                          "mentioned": False}] * 3}
errors = []
with tempfile.TemporaryDirectory() as d:
  rec = os.path.join(d, "r.json")
  json.dump(RECORD, open(rec, "w"))
  outs = []
  for name, seed in (("a", 5), ("b", 5), ("c", 6)):
    pdf = os.path.join(d, name + ".pdf")
    subprocess.run([TOOL, rec, pdf, "--level", "bad", "--seed", str(seed), "--pages-dir",
                    os.path.join(d, name)], check=True)
    outs.append(open(pdf, "rb").read())
  if outs[0] != outs[1]:
    errors.append("same seed, different PDF")
  if outs[0] == outs[2]:
    errors.append("different seed, same PDF")
  info = subprocess.run(["pdfinfo", os.path.join(d, "a.pdf")], capture_output=True, text=True).stdout
  if "(A4)" not in info:
    errors.append("page size is not A4: " + info)
  from PIL import Image
  img = Image.open(os.path.join(d, "a", "page-1.jpg"))
  if img.mode != "L" or abs(img.size[0] - 1654) > 2:
    errors.append("bad level page is not grayscale at 200 DPI: %s %s" % (img.mode, img.size))
  bad = os.path.join(d, "bad.json")
  open(bad, "w").write("{not json")
  r = subprocess.run([TOOL, bad, os.path.join(d, "x.pdf")], capture_output=True, text=True)
  if r.returncode != 2 or "bad.json" not in r.stderr or os.path.exists(os.path.join(d, "x.pdf")):
    errors.append("bad record: exit %d %r" % (r.returncode, r.stderr))
for e in errors:
  print("FAIL:", e)
sys.exit(1 if errors else 0)
