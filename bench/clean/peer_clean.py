#!/usr/bin/python3
"""Reference applier of amend rule packs (docs/rule-packs.md) in Python `re`, stdlib only.

Two jobs: the peer that bench/clean/run.sh times against `amend clean`, and a self-check of
the packs that runs before the C++ engine exists (and keeps it honest afterwards).

    peer_clean.py INPUT [-o OUT] [--rules DIR_OR_FILE]...   # clean one text ("-" = stdin/stdout)
    peer_clean.py --self-test rules/packs/pax.toml          # every example, keep, idempotence
    peer_clean.py --stats INPUT                             # which rules fired, how often
    peer_clean.py --stages residue,words,cells INPUT        # only these stages
    peer_clean.py --dir IN_DIR -o OUT_DIR [--jobs N]        # a corpus: every .txt under
        IN_DIR (recursively, hidden names skipped) to OUT_DIR/REL.clean.txt, as `amend
        repair --text` names its texts; N worker processes (default 1). The peer of
        `amend repair` in bench/repair/run.py.

Without --rules the shipped packs (rules/packs/ of this repo) are used.
Exit codes: 0 ok, 1 usage, 2 unreadable input, 4 rule error or failed self-test, 5 (--dir) some files failed,
6 output not writable (as `amend`).

Semantics implemented (the assumptions are listed in rules/packs/README.md):
- Packs load in the order given; a directory contributes its *.toml files by name.
- Stages run in order residue, words, cells, vocabulary. Within a stage, as the C++ engine
  (rules/rule_engine.cc) does: the document rules first, then the line rules, then the label
  rules, then the value rules, each group in load order, each rule over the whole text.
- Scopes: document = the whole text; line = each line without its "\\n"; label / value = the
  part of a line before / after its first tab (lines without a tab have neither).
  (Speed only: a line rule first searches the whole text with ^/$ at line ends and runs
  only on the lines a match touches; the result is the same as running on every line.)
- A rule replaces every non-overlapping match in its unit (RE2::GlobalReplace).
- Rewrite: \\0..\\9 are groups (one digit each), \\\\ is a backslash; an unmatched group is "".
- Patterns compile with re.ASCII, so \\b \\w \\d \\s are ASCII as in RE2 (UTF-8 mode).
  Flags: ignore-case, literal (pattern only), multiline, dot-nl.
- Snap rules (`snap = "vocab"`): the unit's match, group 1 if the pattern has a group, is
  replaced by the vocabulary entry with the lowest OCR-aware cost when cost / len(entry) <=
  max_distance and the runner-up's cost / len(its entry) is at least `margin` higher.
  Exact entries are left alone. The cost: see ocr_cost().
"""

import argparse
import os
import re
import sys
import tomllib

STAGES = ("residue", "words", "cells", "vocabulary")
SCOPES = ("document", "line", "label", "value")
FLAGS = {"ignore-case": re.IGNORECASE, "multiline": re.MULTILINE, "dot-nl": re.DOTALL}
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class RuleError(Exception):
  pass


# ---------------------------------------------------------------------------------------------
# OCR-aware distance for snap rules, the contract of rules/ocr_distance.h: equal characters
# cost 0, an ASCII case difference CASE_COST, a confusion "from<TAB>to<TAB>cost" of the
# table (either direction, several characters allowed: rn <-> m) its cost, any other
# substitution, insertion or deletion 1. The table is rules/data/confusions.tsv, the one the
# C++ engine reads; _FALLBACK_TSV is used where that file is absent.
CASE_COST = 0.2
_FALLBACK_TSV = """o\te\t0.3\ne\tc\t0.3\no\tc\t0.4\nc\ts\t0.4\nrn\tm\t0.3\ncl\td\t0.3
l\t1\t0.2\nl\tI\t0.2\nI\t1\t0.2\ni\tl\t0.3\ni\t1\t0.3\nO\t0\t0.2\nn\tu\t0.4\nt\tf\t0.4
"""


def load_confusions(path=os.path.join(REPO, "rules", "data", "confusions.tsv")):
  """(single-character costs {(a, b): cost}, multi-character [(from, to, cost)])."""
  try:
    with open(path, encoding="utf-8") as f:
      text = f.read()
  except OSError:
    text = _FALLBACK_TSV
  single, multi = {}, []
  for line in text.split("\n"):
    if not line.strip() or line.startswith("#"):
      continue
    a, b, cost = line.split("\t")[:3]
    for x, y in ((a, b), (b, a)):
      if len(x) == 1 and len(y) == 1:
        single[(x, y)] = min(float(cost), single.get((x, y), 1.0))
      else:
        multi.append((x, y, float(cost)))
  return single, multi


_SINGLE, _MULTI = load_confusions()
# The least cost per character of length difference: an indel, or a multi-character confusion.
_MIN_MULTI = min([1.0] + [c / abs(len(a) - len(b)) for a, b, c in _MULTI if len(a) != len(b)])


def _sub_cost(a, b):
  if a == b:
    return 0.0
  c = CASE_COST if a.lower() == b.lower() and a.isascii() and b.isascii() else 1.0
  return min(c, _SINGLE.get((a, b), 1.0))


def ocr_cost(s, t, limit=None):
  """Weighted edit distance from OCR text s to vocabulary entry t (see above).

  With a limit, stops early and returns a value > limit once the cost must exceed it."""
  n, m = len(s), len(t)
  if limit is not None and _MIN_MULTI * abs(n - m) > limit:  # length changes cost at least this
    return limit + 1.0
  multi = [(a, b, c) for a, b, c in _MULTI if a in s and b in t]
  rows = [[float(j) for j in range(m + 1)]]
  for i in range(1, n + 1):
    up = rows[i - 1]
    row = [float(i)] + [0.0] * m
    si = s[i - 1]
    best = row[0]
    for j in range(1, m + 1):
      tj = t[j - 1]
      c = up[j - 1] + (0.0 if si == tj else _sub_cost(si, tj))
      if up[j] + 1.0 < c:
        c = up[j] + 1.0
      if row[j - 1] + 1.0 < c:
        c = row[j - 1] + 1.0
      for a, b, cost in multi:
        la, lb = len(a), len(b)
        if si == a[-1] and tj == b[-1] and i >= la and j >= lb and \
            s[i - la:i] == a and t[j - lb:j] == b and rows[i - la][j - lb] + cost < c:
          c = rows[i - la][j - lb] + cost
      row[j] = c
      if c < best:
        best = c
    rows.append(row)
    if limit is not None and best > limit:
      return best
  return rows[n][m]


def snap(text, entries, max_distance, margin, cache=None):
  """Returns the entry text snaps to, or None when none is close or the choice is unclear.

  cache: optional dict text -> result, for a rule that snaps many equal cells."""
  if cache is not None and text in cache:
    return cache[text]
  result = None
  if text not in (entries if cache is None else cache.setdefault(None, frozenset(entries))):
    # Nearest lengths first; once a close entry is found, the others only need to be shown
    # at least `margin` worse, so their distance computation stops early (a lower bound).
    best = second = float("inf")
    best_entry = None
    for e in sorted(entries, key=lambda e: abs(len(e) - len(text))):
      size = max(len(e), 1)
      limit = min(max_distance + margin, best + margin) * size
      cost = ocr_cost(text, e, limit) / size
      if cost < best:
        best, second, best_entry = cost, best, e
      elif cost < second:
        second = cost
    if best <= max_distance and second - best >= margin:
      result = best_entry
  if cache is not None:
    cache[text] = result
  return result


# ---------------------------------------------------------------------------------------------
# Rules and packs.
def _rewrite_parts(rewrite, ngroups, where):
  """Splits an RE2 rewrite into literal strings and group numbers."""
  parts, lit, i = [], [], 0
  while i < len(rewrite):
    c = rewrite[i]
    if c == "\\":
      if i + 1 >= len(rewrite):
        raise RuleError(f"{where}: bad rewrite: trailing backslash")
      d = rewrite[i + 1]
      if d.isdigit():
        if int(d) > ngroups:
          raise RuleError(f"{where}: bad rewrite: \\{d} but the pattern has {ngroups} groups")
        if lit:
          parts.append("".join(lit))
          lit = []
        parts.append(int(d))
      elif d == "\\":
        lit.append("\\")
      else:
        raise RuleError(f"{where}: bad rewrite: invalid escape \\{d}")
      i += 2
    else:
      lit.append(c)
      i += 1
  if lit:
    parts.append("".join(lit))
  return parts


class Rule:
  def __init__(self, d, pack, vocabs, path):
    where = f"{path}: rule {d.get('id', '?')}"
    for key in ("id", "stage", "scope", "match", "examples", "keeps"):
      if key not in d:
        raise RuleError(f"{where}: missing field '{key}'")
    self.id, self.stage, self.scope = d["id"], d["stage"], d["scope"]
    self.pack, self.path = pack, path
    self.description = d.get("description", "")
    if self.stage not in STAGES:
      raise RuleError(f"{where}: unknown stage '{self.stage}'")
    if self.scope not in SCOPES:
      raise RuleError(f"{where}: unknown scope '{self.scope}'")
    flags = re.ASCII
    pattern = d["match"]
    for f in d.get("flags", []):
      if f == "literal":
        pattern = re.escape(pattern)
      elif f in FLAGS:
        flags |= FLAGS[f]
      else:
        raise RuleError(f"{where}: unknown flag '{f}'")
    try:
      self.regex = re.compile(pattern, flags)
      # Candidate finder for line-scope rules: the same pattern over the whole text with
      # ^/$ at line ends. Any match inside a line is also a match here (at the same place),
      # so lines no match touches cannot change and are skipped.
      self.finder = re.compile(pattern, flags | re.MULTILINE)
    except re.error as e:
      raise RuleError(f"{where}: bad pattern: {e}: {pattern}")
    if ("replace" in d) == ("snap" in d):
      raise RuleError(f"{where}: needs exactly one of 'replace' and 'snap'")
    self.snap_vocab = None
    if "snap" in d:
      if d["snap"] not in vocabs:
        raise RuleError(f"{where}: unknown vocabulary '{d['snap']}'")
      self.snap_vocab = vocabs[d["snap"]]
      self.max_distance = float(d.get("max_distance", 0.25))
      self.margin = float(d.get("margin", 0.1))
      self.cache = {}  # cell text -> snap result; the vocabulary never changes after loading
    else:
      self.parts = _rewrite_parts(d["replace"], self.regex.groups, where)
    self.examples = d["examples"]
    self.keeps = d["keeps"]
    if not self.examples or not self.keeps:
      raise RuleError(f"{where}: needs at least one example and one keep")
    self.fired = 0

  def _replace(self, m):
    if self.snap_vocab is not None:
      g = 1 if self.regex.groups else 0
      target = m.group(g)
      if target is None:
        return m.group(0)
      entry = snap(target, self.snap_vocab, self.max_distance, self.margin, self.cache)
      if entry is None:
        return m.group(0)
      s, e = m.span(g)
      base = m.start(0)
      whole = m.group(0)
      return whole[:s - base] + entry + whole[e - base:]
    out = []
    for p in self.parts:
      out.append(p if isinstance(p, str) else (m.group(p) or ""))
    return "".join(out)

  def apply_unit(self, unit):
    """Applies the rule to one unit of its scope (a text, a line or a cell)."""
    out, n = self.regex.subn(self._replace, unit)
    if out != unit:
      self.fired += 1
    return out

  def apply(self, text):
    """Applies the rule to a whole text according to its scope."""
    if self.scope == "document":
      return self.apply_unit(text)
    if self.scope == "line":
      return self._apply_lines(text)
    lines = text.split("\n")
    for i, line in enumerate(lines):
      tab = line.find("\t")
      if tab < 0:
        continue
      if self.scope == "label":
        lines[i] = self.apply_unit(line[:tab]) + line[tab:]
      else:
        lines[i] = line[:tab + 1] + self.apply_unit(line[tab + 1:])
    return "\n".join(lines)

  def _apply_lines(self, text):
    """Line scope: only the lines a whole-text match touches are run through the rule."""
    pieces, done = [], 0
    for m in self.finder.finditer(text):
      if m.start() < done:  # inside lines already handled
        continue
      start = text.rfind("\n", 0, m.start()) + 1
      end = text.find("\n", max(m.end(), start))
      if end < 0:
        end = len(text)
      pieces.append(text[done:start])
      pieces.append("\n".join(self.apply_unit(l) for l in text[start:end].split("\n")))
      done = end
    if not pieces:
      return text
    pieces.append(text[done:])
    return "".join(pieces)


def load_pack(path, rules, seen_ids):
  with open(path, "rb") as f:
    try:
      data = tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
      raise RuleError(f"{path}: {e}")
  if "pack" not in data or "name" not in data["pack"]:
    raise RuleError(f"{path}: missing [pack] name")
  vocabs = {}
  for name, v in data.get("vocabulary", {}).items():
    if "entries" in v:
      vocabs[name] = list(v["entries"])
    elif "file" in v:
      vpath = os.path.join(os.path.dirname(path), v["file"])
      with open(vpath, encoding="utf-8") as vf:
        vocabs[name] = [l.rstrip("\n") for l in vf if l.strip()]
    else:
      raise RuleError(f"{path}: vocabulary {name} needs 'entries' or 'file'")
  for d in data.get("rule", []):
    r = Rule(d, data["pack"]["name"], vocabs, path)
    if r.id in seen_ids:
      raise RuleError(f"{path}: rule {r.id}: duplicate id (also in {seen_ids[r.id]})")
    seen_ids[r.id] = path
    rules.append(r)


def load_rules(paths):
  """Loads packs (files or directories of *.toml) in order; returns the rules in run order."""
  rules, seen = [], {}
  for p in paths:
    if os.path.isdir(p):
      for name in sorted(os.listdir(p)):
        if name.endswith(".toml") and os.path.isfile(os.path.join(p, name)):
          load_pack(os.path.join(p, name), rules, seen)
    else:
      load_pack(p, rules, seen)
  # Stable sort: load order is kept within a (stage, scope) group.
  return sorted(rules, key=lambda r: (STAGES.index(r.stage), SCOPES.index(r.scope)))


def clean(text, rules):
  for r in rules:
    text = r.apply(text)
  return text


# ---------------------------------------------------------------------------------------------
# Self-test: every example, every keep, idempotence of each rule and of the whole pack.
def _as_text(rule, unit):
  """Wraps a unit of a rule's scope into a sheet text for whole-pack checks."""
  if rule.scope == "label":
    return unit + "\tNo specific mention."
  if rule.scope == "value":
    return "Source\t" + unit
  return unit


def self_test(paths, extra_texts=()):
  rules = load_rules(paths)
  failures, checks = [], 0

  def check(ok, msg):
    nonlocal checks
    checks += 1
    if not ok:
      failures.append(msg)

  for r in rules:
    where = f"{r.path}: rule {r.id}"
    for inp, want in r.examples:
      got = r.apply_unit(inp)
      check(got == want, f"{where}: example {inp!r}: got {got!r}, want {want!r}")
      check(got != inp, f"{where}: example {inp!r} does not change its input")
      again = r.apply_unit(got)
      check(again == got, f"{where}: not idempotent on {inp!r}: second pass gives {again!r}")
    for keep in r.keeps:
      got = r.apply_unit(keep)
      check(got == keep, f"{where}: keep {keep!r} changed to {got!r}")
  # Whole pack: idempotent on every example input and output and every keep, and never
  # turns an example's expected output back into its input (rules undoing each other).
  pack_checks = 0
  for r in rules:
    for inp, want in r.examples:
      for text in (_as_text(r, inp), _as_text(r, want)):
        once = clean(text, rules)
        twice = clean(once, rules)
        pack_checks += 1
        check(once == twice, f"pack not idempotent on {text!r}: {once!r} -> {twice!r}")
      back = clean(_as_text(r, want), rules)
      check(back != _as_text(r, inp), f"{r.id}: the pack turns {want!r} back into {inp!r}")
    for keep in r.keeps:
      text = _as_text(r, keep)
      once = clean(text, rules)
      check(once == clean(once, rules), f"pack not idempotent on keep {text!r}")
  for name, text in extra_texts:
    once = clean(text, rules)
    check(once == clean(once, rules), f"pack not idempotent on {name}")
  examples = sum(len(r.examples) for r in rules)
  keeps = sum(len(r.keeps) for r in rules)
  return rules, examples, keeps, checks, failures


_DIR_RULES = None  # the rules of a --dir run, inherited by forked workers


def _clean_one(job):
  """Cleans IN_DIR/rel into OUT_DIR/rel.clean.txt (temp file + rename); returns an error
  message or None."""
  src, dst = job
  try:
    with open(src, "rb") as f:
      text = f.read().decode("utf-8")
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    tmp = dst + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
      f.write(clean(text, _DIR_RULES))
    os.replace(tmp, dst)
    return None
  except (OSError, UnicodeDecodeError) as e:
    return f"{src}: {e}"


def clean_dir(in_dir, out_dir, rules, jobs):
  """Every .txt under in_dir cleaned into out_dir; returns the number of failures."""
  global _DIR_RULES
  _DIR_RULES = rules
  jobs_list = []
  for base, dirs, names in os.walk(in_dir):
    dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                     and os.path.abspath(os.path.join(base, d)) != os.path.abspath(out_dir))
    for n in sorted(names):
      if n.lower().endswith(".txt") and not n.startswith("."):
        rel = os.path.relpath(os.path.join(base, n), in_dir)
        jobs_list.append((os.path.join(in_dir, rel), os.path.join(out_dir, rel + ".clean.txt")))
  if jobs > 1:
    import multiprocessing
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
      errors = [e for e in pool.imap_unordered(_clean_one, jobs_list, chunksize=8) if e]
  else:
    errors = [e for e in map(_clean_one, jobs_list) if e]
  for e in errors:
    print(f"peer_clean: {e}", file=sys.stderr)
  return len(errors)


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  ap.add_argument("input", nargs="?", help="text to clean ('-' = stdin)")
  ap.add_argument("-o", "--output", default="-", help="cleaned text ('-' = stdout)")
  ap.add_argument("--rules", action="append", default=[],
                  help="pack file or directory (repeatable; default: the shipped packs)")
  ap.add_argument("--self-test", nargs="+", metavar="PACK",
                  help="check every example, keep and idempotence of these packs")
  ap.add_argument("--idempotent-on", action="append", default=[], metavar="TEXT",
                  help="with --self-test: also check the pack is idempotent on this text file")
  ap.add_argument("--dir", metavar="IN_DIR",
                  help="clean every .txt under IN_DIR into the folder -o (REL.clean.txt)")
  ap.add_argument("--jobs", type=int, default=1, help="with --dir: worker processes (default 1)")
  ap.add_argument("--stats", action="store_true", help="print how often each rule fired")
  ap.add_argument("--stages", default=",".join(STAGES),
                  help="comma-separated stages to run (default: all), e.g. for timing the "
                       "regex stages without the vocabulary snap")
  args = ap.parse_args(argv)

  if args.self_test:
    extra = []
    for p in args.idempotent_on:
      with open(p, encoding="utf-8") as f:
        extra.append((p, f.read()))
    try:
      rules, ne, nk, nc, failures = self_test(args.self_test, extra)
    except (RuleError, OSError) as e:
      print(f"peer_clean: {e}", file=sys.stderr)
      return 4
    for f in failures:
      print(f"FAIL {f}")
    print(f"{len(rules)} rules, {ne} examples, {nk} keeps: {nc - len(failures)}/{nc} checks "
          f"passed ({'ok' if not failures else str(len(failures)) + ' failed'})")
    return 4 if failures else 0

  if not args.input and not args.dir:
    ap.print_usage(sys.stderr)
    print("peer_clean: missing INPUT", file=sys.stderr)
    return 1
  try:
    rules = load_rules(args.rules or [os.path.join(REPO, "rules", "packs")])
  except (RuleError, OSError) as e:
    print(f"peer_clean: {e}", file=sys.stderr)
    return 4
  stages = args.stages.split(",")
  if any(s not in STAGES for s in stages):
    print(f"peer_clean: --stages: unknown stage in '{args.stages}'", file=sys.stderr)
    return 1
  rules = [r for r in rules if r.stage in stages]
  if args.dir:
    if not os.path.isdir(args.dir):
      print(f"peer_clean: {args.dir}: not a directory", file=sys.stderr)
      return 2
    if args.output == "-":
      print("peer_clean: --dir needs -o OUT_DIR", file=sys.stderr)
      return 1
    return 5 if clean_dir(args.dir, args.output, rules, max(1, args.jobs)) else 0
  try:
    if args.input == "-":
      text = sys.stdin.buffer.read().decode("utf-8")
    else:
      with open(args.input, "rb") as f:
        text = f.read().decode("utf-8")
  except (OSError, UnicodeDecodeError) as e:
    print(f"peer_clean: {args.input}: cannot read: {e}", file=sys.stderr)
    return 2
  out = clean(text, rules)
  try:
    if args.output == "-":
      sys.stdout.write(out)
    else:
      tmp = args.output + ".tmp"
      with open(tmp, "w", encoding="utf-8") as f:
        f.write(out)
      os.replace(tmp, args.output)
  except OSError as e:
    print(f"peer_clean: {args.output}: cannot write: {e}", file=sys.stderr)
    return 6
  if args.stats:
    for r in rules:
      if r.fired:
        print(f"{r.fired:8d}  {r.id}", file=sys.stderr)
  return 0


if __name__ == "__main__":
  sys.exit(main())
