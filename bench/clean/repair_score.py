#!/usr/bin/python3
"""How much of a sheet's true text survives OCR, before and after the rule packs (peer).

Score = the share of the truth's non-empty lines (label<TAB>value rows, headings, conflict
lines) found verbatim in the text, counted as a multiset. It is what the parser's row
alignment has to do less of; 100% means every row is already exact.

    repair_score.py --record spec/examples/x.json TEXT   # truth rendered from a pax-sheet/1 record
    repair_score.py --corpus DIR                          # DIR/texts/*.txt against DIR/truth/*.txt
    options: --rules PACK_OR_DIR (repeatable), --min-after PCT (exit 1 if below), --show-missing

Exit: 0 ok, 1 below --min-after or usage, 2 unreadable input, 4 rule error.
"""

import argparse
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(REPO, "scripts", "bench"))
import peer_clean  # noqa: E402
import sheet_text  # noqa: E402


def matched(truth, text):
  """Number of truth lines found in text (multiset), and the missing ones."""
  have = collections.Counter(sheet_text.row_lines(text))
  found, missing = 0, []
  for line in sheet_text.row_lines(truth):
    if have[line] > 0:
      have[line] -= 1
      found += 1
    else:
      missing.append(line)
  return found, missing


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  ap.add_argument("text", nargs="?")
  ap.add_argument("--record", help="pax-sheet/1 JSON record: the truth of TEXT")
  ap.add_argument("--corpus", help="directory made by scripts/bench/make_corpus.py")
  ap.add_argument("--rules", action="append", default=[])
  ap.add_argument("--min-after", type=float, default=None)
  ap.add_argument("--show-missing", action="store_true")
  args = ap.parse_args(argv)
  try:
    rules = peer_clean.load_rules(args.rules or [os.path.join(REPO, "rules", "packs")])
  except (peer_clean.RuleError, OSError) as e:
    print(f"repair_score: {e}", file=sys.stderr)
    return 4
  pairs = []
  try:
    if args.corpus:
      tdir = os.path.join(args.corpus, "texts")
      for name in sorted(os.listdir(tdir)):
        with open(os.path.join(tdir, name), encoding="utf-8") as f:
          damaged = f.read()
        with open(os.path.join(args.corpus, "truth", name), encoding="utf-8") as f:
          pairs.append((name, damaged, f.read()))
    elif args.record and args.text:
      with open(args.record, encoding="utf-8") as f:
        truth = sheet_text.render(json.load(f))
      with open(args.text, encoding="utf-8") as f:
        pairs.append((args.text, f.read(), truth))
    else:
      ap.print_usage(sys.stderr)
      return 1
  except (OSError, ValueError) as e:
    print(f"repair_score: cannot read: {e}", file=sys.stderr)
    return 2
  total = before = after = 0
  for name, damaged, truth in pairs:
    n = len(sheet_text.row_lines(truth))
    b, _ = matched(truth, damaged)
    a, missing = matched(truth, peer_clean.clean(damaged, rules))
    total, before, after = total + n, before + b, after + a
    if args.show_missing:
      for line in missing:
        print(f"{name}: missing after cleaning: {line[:120]!r}")
  pb, pa = 100.0 * before / total, 100.0 * after / total
  print(f"{len(pairs)} texts, {total} true lines: exact before {before} ({pb:.1f}%), "
        f"after the packs {after} ({pa:.1f}%)")
  if args.min_after is not None and pa < args.min_after:
    print(f"repair_score: {pa:.1f}% is below --min-after {args.min_after}", file=sys.stderr)
    return 1
  return 0


if __name__ == "__main__":
  sys.exit(main())
