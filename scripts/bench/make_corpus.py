#!/usr/bin/python3
"""Make the benchmark corpus: N damaged sheet texts from real PA-X records, at run time.

    make_corpus.py -o bench/out/corpus [-n 2000] [--seed 1] [--shared DIR]

Writes, under the output directory (never commit it: PA-X data may not be copied into the
repository, data/pax/PROVENANCE.md; bench/out/ is gitignored):
  texts/pax-<id>.txt   the damaged sheet text (scripts/bench/ocr_damage.py)
  truth/pax-<id>.txt   the clean sheet text it was made from (scripts/bench/sheet_text.py)
  all.txt              every texts/ file concatenated in name order (one input for timing)
  manifest.json        seed, count, ids, bytes, damage rates

Records come from scripts/pax/pax_records.py (real metadata and codes). Deterministic: the
same --seed and data give byte-identical files (each text's damage is seeded by seed and id).
Without the PA-X data (../shared absent) it falls back to nothing and exits 77 with a
message, so callers can skip.
Exit: 0 ok, 1 usage, 6 output not writable, 77 PA-X data absent.
"""

import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(REPO, "scripts", "pax"))
import ocr_damage  # noqa: E402
import pax_records  # noqa: E402
import sheet_text  # noqa: E402


def _write(path, text):
  tmp = path + ".tmp"
  with open(tmp, "w", encoding="utf-8", newline="") as f:
    f.write(text)
  os.replace(tmp, path)


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  ap.add_argument("-o", "--output", required=True, help="output directory")
  ap.add_argument("-n", "--count", type=int, default=2000, help="number of texts (default 2000)")
  ap.add_argument("--seed", type=int, default=1, help="sample and damage seed (default 1)")
  ap.add_argument("--shared", default=None, help="shared data directory (default ../shared)")
  args = ap.parse_args(argv)
  if args.count < 1:
    print("make_corpus: --count must be at least 1", file=sys.stderr)
    return 1
  try:
    pax = pax_records.load_pax(args.shared)
  except FileNotFoundError as e:
    print(f"make_corpus: PA-X data absent ({e.filename}); skipping", file=sys.stderr)
    return 77
  ids = pax.sample_ids(args.count, seed=args.seed)
  if len(ids) < args.count:  # fewer agreements than asked: cycle, each copy damaged anew
    ids = [ids[i % len(ids)] for i in range(args.count)]
  try:
    for sub in ("texts", "truth"):
      os.makedirs(os.path.join(args.output, sub), exist_ok=True)
    names, total = [], 0
    for k, agt_id in enumerate(ids):
      clean = sheet_text.render(pax.record_for(agt_id))
      damaged = ocr_damage.damage(clean, random.Random(f"{args.seed}:{k}:{agt_id}"))
      name = "pax-%d.txt" % agt_id if ids.count(agt_id) == 1 else "pax-%d-%d.txt" % (agt_id, k)
      _write(os.path.join(args.output, "texts", name), damaged)
      _write(os.path.join(args.output, "truth", name), clean)
      names.append(name)
      total += len(damaged.encode("utf-8"))
    names.sort()
    parts = []
    for name in names:
      with open(os.path.join(args.output, "texts", name), encoding="utf-8", newline="") as f:
        parts.append(f.read())
    _write(os.path.join(args.output, "all.txt"), "".join(parts))
    _write(os.path.join(args.output, "manifest.json"), json.dumps({
        "seed": args.seed, "count": len(names), "bytes": total, "ids": ids,
        "rates": ocr_damage.RATES, "source": "PA-X (www.peaceagreements.org), "
        "data/pax/PROVENANCE.md; generated, do not commit"}, indent=1) + "\n")
  except OSError as e:
    print(f"make_corpus: {args.output}: cannot write: {e}", file=sys.stderr)
    return 6
  print(f"make_corpus: {len(names)} texts, {total} bytes in {args.output}")
  return 0


if __name__ == "__main__":
  sys.exit(main())
