#!/usr/bin/python3
"""OCR damage model for clean sheet texts (scripts/bench/sheet_text.py), for benchmarks.

Applies, at the rates in RATES, the kinds of damage seen in data/seed/*.ocr.txt: glyph
confusions (o/e, rn/m, l/1/I, cl/d, s/c), a lost first letter, a label merged with its
value, a wrapped label split around its value, noise words, table rules read as text, web
page residue, broken category arrows, damaged `Page N:` prefixes, Markdown, stray blanks.

    import ocr_damage, random
    damaged = ocr_damage.damage(clean_text, random.Random(7))   # same rng state, same output

Pure function of (text, rng state); no I/O. Rates are per line, per row or per text as named.
"""

NO_MENTION = "No specific mention."

RATES = {
    "word_confusion": 0.015,    # per word of a label, heading or short value
    "drop_first_letter": 0.01,  # per row: the label (or a NSM value) loses its first letter
    "merge_glued": 0.03,        # per NSM row: tab lost, label glued to the value
    "merge_blank": 0.06,        # per NSM row: tab read as a blank
    "split_label": 0.03,        # per NSM row with a 2+ word label: label wrapped around value
    "two_rows_one_line": 0.01,  # per pair of NSM rows: read onto one line
    "noise_word": 0.3,          # per text: "Hermitian" glued to one row
    "rule_line": 0.02,          # per row: a table rule read as a line of characters
    "rule_trailing": 0.01,      # per row: table-rule characters glued after the value
    "web_download": 0.5,        # per text: "(opens in new tab) Download PDF" on the document row
    "web_close_echo": 0.5,      # per conflict description: "Close <name>" pop-up echo
    "arrow": 0.08,              # per arrow: mis-read
    "page_prefix": 0.1,         # per "Page N:": mis-read
    "markdown_bold": 0.02,      # per row: a label word in **bold**
    "markdown_heading": 0.05,   # per heading: "## "
    "trailing_tab": 0.3,        # per line: an empty third cell
    "slash_space": 0.2,         # per slash in a label: "/ "
    "level_lost": 0.1,          # per text: "Agreement/conflict level" loses "level"
}

_CONFUSIONS = [("e", "o"), ("o", "e"), ("m", "rn"), ("d", "cl"), ("l", "1"), ("i", "l"),
               ("l", "I"), ("e", "c"), ("s", "c"), ("n", "u"), ("h", "b")]
_ARROWS = ["->", "-->", "\u2014>", "=>", "-\u00bb", "\u00bb", "\u00e2\u2020\u2019", " \u2192 ",
           " -\u00bb "]
_RULE_LINES = ["----------\t----------------------", "\u2014__|", "a ee eee", "__________",
               "|---|---|"]


def _confuse_word(word, rng):
  options = [(a, b) for a, b in _CONFUSIONS if a in word]
  if not options:
    return word
  a, b = rng.choice(options)
  positions = [i for i in range(len(word)) if word.startswith(a, i)]
  i = rng.choice(positions)
  return word[:i] + b + word[i + len(a):]


def _confuse(text, rng, rate):
  words = text.split(" ")
  return " ".join(_confuse_word(w, rng) if rng.random() < rate else w for w in words)


def _arrows(value, rng):
  parts = value.split("\u2192")
  out = parts[0]
  for p in parts[1:]:
    out += (rng.choice(_ARROWS) if rng.random() < RATES["arrow"] else "\u2192") + p
  return out


def _page_prefix(value, rng):
  out, i = [], 0
  while True:
    j = value.find("Page ", i)
    if j < 0:
      out.append(value[i:])
      return "".join(out)
    k = value.find(":", j)
    num = value[j + 5:k] if k > 0 else ""
    out.append(value[i:j])
    if num.isdigit() and rng.random() < RATES["page_prefix"]:
      variants = ["Page%s:" % num, "Paqe %s:" % num, "Pago %s:" % num, "Page %s :" % num]
      if "1" in num:
        variants.append("Page %s:" % num.replace("1", "l", 1))
      out.append(rng.choice(variants))
      i = k + 1
    else:
      out.append("Page ")
      i = j + 5


def damage(text, rng):
  """The damaged version of a clean sheet text (see module docstring)."""
  lines = text.rstrip("\n").split("\n")
  out = []
  noise_at = rng.randrange(len(lines)) if rng.random() < RATES["noise_word"] else -1
  web_download = rng.random() < RATES["web_download"]
  level_lost = rng.random() < RATES["level_lost"]
  conflict_name = None
  pending_nsm = None  # a NSM row held back to maybe merge with the next one
  for n, line in enumerate(lines):
    if "\t" not in line:
      if pending_nsm is not None:  # rows only merge with the row right below them
        out.append(pending_nsm)
        pending_nsm = None
      if not line:
        out.append(line)
        continue
      if len(line) > 120 and conflict_name and rng.random() < RATES["web_close_echo"]:
        line = line + " Close " + conflict_name
      elif len(line) <= 120:
        if out and out[-1] == "" and n + 1 < len(lines) and lines[n + 1] == "" and \
            n >= 2 and lines[n - 2].startswith("Agreement/conflict level"):
          conflict_name = line
        line = _confuse(line, rng, RATES["word_confusion"])
        if rng.random() < RATES["markdown_heading"]:
          line = "## " + line
      out.append(line)
      continue
    label, value = line.split("\t", 1)
    if label == "Agreement/conflict level" and level_lost:
      label = "Agreement/conflict"
    label = _confuse(label, rng, RATES["word_confusion"])
    label = "".join("/ " if c == "/" and rng.random() < RATES["slash_space"] else c
                    for c in label)
    if rng.random() < RATES["markdown_bold"] and " " in label:
      words = label.split(" ")
      k = rng.randrange(len(words))
      words[k] = "**%s**" % words[k]
      label = " ".join(words)
    nsm = value == NO_MENTION
    if nsm:
      value = _confuse(value, rng, RATES["word_confusion"])
    elif len(value) < 60:
      value = _confuse(value, rng, RATES["word_confusion"] / 2)
    value = _page_prefix(_arrows(value, rng), rng)
    if label.startswith("Agreement document") and web_download:
      value += " (opens in new tab) Download PDF"
    if rng.random() < RATES["drop_first_letter"]:
      if nsm and rng.random() < 0.5:
        value = value[1:]
      else:
        label = label[1:]
    r = rng.random()
    words = label.split(" ")
    if nsm and r < RATES["split_label"] and len(words) >= 2:
      k = rng.randrange(1, len(words))
      row = "%s %s %s" % (" ".join(words[:k]), value, " ".join(words[k:]))
    elif nsm and r < RATES["split_label"] + RATES["merge_glued"]:
      row = label + value
    elif nsm and r < RATES["split_label"] + RATES["merge_glued"] + RATES["merge_blank"]:
      row = label + " " + value
    else:
      row = label + "\t" + value
    tabbed = "\t" in row
    if n == noise_at:
      row += "Hermitian"
    if rng.random() < RATES["rule_trailing"]:
      row += " \u2014__|"
    if rng.random() < RATES["trailing_tab"]:
      row += "\t"
    if nsm and value == NO_MENTION and tabbed:
      flat = row.replace("\t", " ").rstrip()
      if pending_nsm is not None:
        out.append(pending_nsm + " " + flat)
        pending_nsm = None
        continue
      if rng.random() < RATES["two_rows_one_line"]:
        pending_nsm = flat
        continue
    if pending_nsm is not None:
      out.append(pending_nsm)
      pending_nsm = None
    out.append(row)
    if rng.random() < RATES["rule_line"]:
      out.append(rng.choice(_RULE_LINES))
  if pending_nsm is not None:
    out.append(pending_nsm)
  return "\n".join(out) + "\n"
