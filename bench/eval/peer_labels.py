#!/usr/bin/python3
"""The peer of `amend convert` in bench/eval: plain OCR text parsed by EXACT label matching.

    peer_labels.py TEXT [-o RECORD.json] [--layout schemas/pax-sheet/layout.txt]

What a user can do today without amend: run `tesseract PAGE - --psm 6` and read the sheet's
rows off the text with the labels of the layout, exactly as printed. Deliberately naive and
honest, no repair:
- A line that is exactly a section name (SECTION of the layout) sets the current section.
- A line that starts with an exact FIELD or ROW label (then a space or the line's end) starts
  that field/row; the rest of the line is its value. The longest label wins. A ROW label is
  taken in the current section if it is one of its rows, else in the first section that has it.
- Any other non-blank line continues the value of the last field/row (wrapped values).
- The first occurrence of a label wins; fields/rows never found are left out of the record.
- A row whose value is exactly "No specific mention." is mentioned: false. Any other row is
  mentioned: true; its value is split at exact "Page N:" into the codes part and the quotes;
  the codes part is split before each exact "<section>→" into codes; a codes part without
  "→" is the row's free text (Source, Related cases).
- No conflict block, no date (a label-based reader has no label for them).
Output: a pax-sheet/1 record (spec/record-format.md). Exit 0, 1 usage, 2 unreadable input.
"""

import argparse
import json
import os
import re
import sys

ARROW = "\u2192"
NOT_MENTIONED = "No specific mention."
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PAGE = re.compile(r"Page (\d+):")


def load_layout(path):
  """(field labels, section names, {row label: [sections in layout order]}, [(section, row)]
  in layout order)."""
  fields, sections, rows, order, section = [], [], {}, [], None
  with open(path, encoding="utf-8") as f:
    for line in f:
      kind, _, name = line.rstrip("\n").partition(" ")
      if kind == "FIELD":
        fields.append(name)
      elif kind == "SECTION":
        section = name
        sections.append(name)
      elif kind == "ROW":
        rows.setdefault(name, []).append(section)
        order.append((section, name))
  return fields, sections, rows, order


def _starts_with_label(line, label):
  return line.startswith(label) and (len(line) == len(label) or line[len(label)] == " ")


def read_items(text, layout):
  """[(kind, section, label, value)] in text order, first occurrence of each label."""
  fields, sections, rows, _ = layout
  labels = sorted(fields + list(rows), key=len, reverse=True)
  items, seen, section, current = [], set(), None, None
  for raw in text.replace("\f", "\n").split("\n"):
    line = raw.strip()
    if not line:
      continue
    if line in sections:
      section, current = line, None
      continue
    label = next((l for l in labels if _starts_with_label(line, l)), None)
    if label is None:
      if current is not None:
        current[3].append(line)
      continue
    if label in rows:
      owners = rows[label]
      sec = section if section in owners else owners[0]
      key, kind = (sec, label), "row"
    else:
      key, kind, sec = ("", label), "field", ""
    if key in seen:
      current = None  # a repeated label: its value is not used
      continue
    seen.add(key)
    current = [kind, sec, label, [line[len(label):].strip()]]
    items.append(current)
  return [(k, s, l, " ".join(p for p in v if p)) for k, s, l, v in items]


def provision(section, label, value):
  p = {"section": section, "label": label, "mentioned": value != NOT_MENTIONED}
  if not p["mentioned"]:
    return p
  parts = PAGE.split(value)
  head = parts[0].strip()
  quotes = [{"page": int(parts[i]), "text": parts[i + 1].strip()} for i in range(1, len(parts), 2)]
  codes, text = [], ""
  if ARROW in head:
    codes = [c.strip() for c in re.split(r"\s+(?=" + re.escape(section + ARROW) + ")", head)]
  else:
    text = head
  p.update(codes=codes, quotes=quotes)
  if text:
    p["text"] = text
  return p


def parse(text, layout):
  """The pax-sheet/1 record the exact-label reader gets from `text`."""
  fields, _, _, order = layout
  items = read_items(text, layout)
  got_fields = {l: v for k, _, l, v in items if k == "field" and v}
  got_rows = {(s, l): v for k, s, l, v in items if k == "row"}
  return {
      "schema": "pax-sheet/1",
      "fields": {f: got_fields[f] for f in fields if f in got_fields},
      "date": None,
      "conflict": None,
      "provisions": [provision(s, l, got_rows[(s, l)]) for s, l in order if (s, l) in got_rows],
  }


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
  ap.add_argument("text", help="plain OCR text")
  ap.add_argument("-o", "--output", help="record file (default: standard output)")
  ap.add_argument("--layout", default=os.path.join(REPO, "schemas", "pax-sheet", "layout.txt"))
  args = ap.parse_args(argv)
  try:
    with open(args.text, encoding="utf-8", errors="replace") as f:
      text = f.read()
    layout = load_layout(args.layout)
  except OSError as e:
    print(f"peer_labels.py: {e.filename}: {e.strerror}", file=sys.stderr)
    return 2
  out = json.dumps(parse(text, layout), ensure_ascii=False, indent=1) + "\n"
  if args.output:
    tmp = args.output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
      f.write(out)
    os.replace(tmp, args.output)
  else:
    sys.stdout.write(out)
  return 0


if __name__ == "__main__":
  sys.exit(main())
