#!/usr/bin/python3
"""Re-parse the sheet texts a bench/eval/run.py run kept, with the current rules and parser.

    bench/eval/reparse.py                       # every level of bench/out/eval
    bench/eval/reparse.py --levels clean --out bench/out/eval2 --diff

`amend convert` is OCR -> layout -> `amend clean`'s cleaning and parsing; run.py keeps each
document's layout text (`convert --sheet-text`, OUT/sheets/LEVEL/pax-ID.txt). This runs
`amend clean SHEET --format json` on each (seconds, no OCR) into OUT/reparse/LEVEL/ and
scores the records with `amend eval` against OUT/truth/LEVEL, so a change of the rule packs,
normalization or parser can be checked before a full run. Layout changes need the OCR:
run.py. Prints one line per level (field, row accuracy, quote CER); with --diff, every
wrong field and row (bench/eval/diff_records.py). Exit 0, 1 when a tool fails.
"""

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
  ap.add_argument("--out", default=os.path.join(REPO, "bench", "out", "eval"))
  ap.add_argument("--levels", default="clean,office,bad")
  ap.add_argument("--jobs", type=int, default=2)
  ap.add_argument("--diff", action="store_true", help="print every wrong field and row")
  args = ap.parse_args(argv)
  amend = os.environ.get("AMEND_BIN", os.path.join(REPO, "build", "amend"))
  for level in [l for l in args.levels.split(",") if l]:
    sheets = os.path.join(args.out, "sheets", level)
    truth = os.path.join(args.out, "truth", level)
    got = os.path.join(args.out, "reparse", level)
    if not os.path.isdir(sheets):
      continue
    os.makedirs(got, exist_ok=True)
    names = sorted(n for n in os.listdir(sheets) if n.endswith(".txt") and
                   os.path.exists(os.path.join(truth, n[:-4] + ".json")))

    def one(n):
      return subprocess.run([amend, "clean", os.path.join(sheets, n), "--format", "json", "-o",
                             os.path.join(got, n[:-4] + ".json")], capture_output=True, text=True)

    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
      for n, r in zip(names, ex.map(one, names)):
        if r.returncode != 0:
          print("%s %s: exit %d: %s" % (level, n, r.returncode, r.stderr.strip()), file=sys.stderr)
    r = subprocess.run([amend, "eval", "--truth", truth, "--got", got], capture_output=True,
                       text=True)
    total = [l for l in r.stdout.splitlines() if l.startswith("total")]
    if not total:
      print("amend eval failed: %s" % r.stderr.strip(), file=sys.stderr)
      return 1
    print("%-6s %d docs  %s" % (level, len(names), re.sub(r"\s+", " ", total[0])))
    if args.diff:
      sys.stdout.flush()
      subprocess.run([os.path.join(HERE, "diff_records.py"), truth, got])
  return 0


if __name__ == "__main__":
  sys.exit(main())
