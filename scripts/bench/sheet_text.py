#!/usr/bin/python3
"""Render a pax-sheet/1 record as the clean sheet text OCR should have produced.

The layout is that of data/seed/nagorno-karabakh-1993.ocr.txt: one `label<TAB>value` line
per field and row, the conflict name and description on their own lines after the
conflict level, each section heading alone between blank lines. A row's value is
"No specific mention." when not mentioned, else its category paths and `Page N:` quotes
joined by blanks (as the sheet prints them), or its free text (Source, Related cases).

    import sheet_text                       # scripts/bench on sys.path
    text = sheet_text.render(record)        # str, lines joined by "\\n", ends with "\\n"
    lines = sheet_text.row_lines(text)      # the non-empty lines, for line-level scoring

Pure functions of their input; no I/O.
"""

NO_MENTION = "No specific mention."


def _value(p):
  if not p.get("mentioned"):
    return NO_MENTION
  parts = list(p.get("codes", []))
  parts += ["Page %d:%s" % (q["page"], q["text"]) for q in p.get("quotes", [])]
  if p.get("text"):
    parts.append(p["text"])
  return " ".join(parts)


def render(record):
  """The sheet text of one record (see the module docstring)."""
  out = []
  for label, value in record.get("fields", {}).items():
    out.append("%s\t%s" % (label, value))
    if label == "Agreement/conflict level" and record.get("conflict"):
      c = record["conflict"]
      out += ["", c["name"], ""]
      if c.get("description"):
        out += [c["description"], ""]
  section = None
  for p in record.get("provisions", []):
    if p["section"] != section:
      section = p["section"]
      out += ["", section, ""]
    out.append("%s\t%s" % (p["label"], _value(p)))
  return "\n".join(out) + "\n"


def row_lines(text):
  """The non-empty lines of a text, without trailing blanks."""
  return [l.rstrip(" \t") for l in text.split("\n") if l.strip()]
