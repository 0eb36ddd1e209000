#!/usr/bin/python3
"""Every wrong field and row of records against the truth, truth vs got, to find causes.

    bench/eval/diff_records.py TRUTH_DIR GOT_DIR            # pax-ID.json pairs by file name
    bench/eval/diff_records.py bench/out/eval/truth/clean bench/out/eval/convert/clean

Scores as `amend eval` does (parse/record_eval.h): fields equal after folding whitespace;
a row is right when mentioned, codes, quotes (page and text) and free text all agree. Long
values are shown as their differing parts only ("...[truth->got]..."). One line per wrong
field or row: `pax-ID  field|row  NAME  difference`. Exit 0.
"""

import difflib
import json
import os
import sys


def fold(s):
  return " ".join((s or "").split())


def diff(a, b, context=12):
  """The differing parts of a and b, each with a little context."""
  if len(a) + len(b) < 120:
    return "%r -> %r" % (a, b)
  out = []
  sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
  for op, i1, i2, j1, j2 in sm.get_opcodes():
    if op != "equal":
      out.append("...%s[%s->%s]%s..." % (a[max(0, i1 - context):i1], a[i1:i2], b[j1:j2],
                                           a[i2:i2 + context]))
  return " ".join(out)


def row_text(p):
  return {"mentioned": p.get("mentioned", False), "codes": p.get("codes") or [],
          "quotes": [(q.get("page"), fold(q.get("text"))) for q in p.get("quotes") or []],
          "text": fold(p.get("text"))}


def row_diff(t, g):
  parts = []
  if t["mentioned"] != g["mentioned"]:
    parts.append("mentioned %s -> %s" % (t["mentioned"], g["mentioned"]))
  if t["codes"] != g["codes"]:
    parts.append("codes %s -> %s" % (t["codes"], g["codes"]))
  if t["text"] != g["text"]:
    parts.append("text " + diff(t["text"], g["text"]))
  if t["quotes"] != g["quotes"]:
    if [p for p, _ in t["quotes"]] != [p for p, _ in g["quotes"]]:
      parts.append("quote pages %s -> %s" % ([p for p, _ in t["quotes"]],
                                              [p for p, _ in g["quotes"]]))
    for (_, a), (_, b) in zip(t["quotes"], g["quotes"]):
      if a != b:
        parts.append("quote " + diff(a, b))
  return "; ".join(parts)


def main(argv):
  if len(argv) != 3:
    print(__doc__.split("\n\n")[1], file=sys.stderr)
    return 1
  truth_dir, got_dir = argv[1], argv[2]
  for name in sorted(os.listdir(truth_dir), key=lambda n: (len(n), n)):
    if not name.endswith(".json"):
      continue
    doc = name[:-len(".json")]
    with open(os.path.join(truth_dir, name), encoding="utf-8") as f:
      truth = json.load(f)
    path = os.path.join(got_dir, name)
    if not os.path.exists(path):
      print("%s  missing" % doc)
      continue
    with open(path, encoding="utf-8") as f:
      got = json.load(f)
    tf, gf = truth.get("fields", {}), got.get("fields", {})
    for k in list(tf) + [k for k in gf if k not in tf]:
      if fold(tf.get(k)) != fold(gf.get(k)):
        print("%s  field  %s  %s" % (doc, k, diff(fold(tf.get(k)), fold(gf.get(k)))))
    grows = {(p.get("section"), p.get("label")): row_text(p) for p in got.get("provisions", [])}
    for p in truth.get("provisions", []):
      t = row_text(p)
      g = grows.get((p.get("section"), p.get("label")),
                    {"mentioned": False, "codes": [], "quotes": [], "text": ""})
      d = row_diff(t, g)
      if d:
        print("%s  row  %s/%s  %s" % (doc, p.get("section"), p.get("label"), d))
  return 0


if __name__ == "__main__":
  sys.exit(main(sys.argv))
