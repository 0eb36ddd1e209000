#!/usr/bin/python3
"""Accuracy of `amend convert` on printed and degraded PA-X sheets, against the peer (issue 4).

    bench/eval/run.py                         # 20 records x clean, office, bad; prints the table
    bench/eval/run.py --count 30 --bad-count 10 --jobs 2
    bench/eval/run.py --levels clean,office   # fewer levels
    bench/eval/run.py --fresh                 # redo everything (default: reuse finished steps)

Steps (everything under --out, default bench/out/eval, which is gitignored: PA-X data and the
scans made from it are never committed, data/pax/PROVENANCE.md):
1. truth/pax-ID.json: records from the PA-X export (scripts/pax/pax_records.py: real metadata
   and codes, quotes from the API sample). Records: every agreement of the API sample (the only
   ones with quotes), then agreements drawn by random.Random(--seed) from the rest, up to
   --count. Same arguments, same records.
2. scans/LEVEL/pax-ID.pdf: each record printed and degraded by scripts/fixtures/make_scan.py
   (--seed = the agreement id), levels clean, office, bad. The bad level uses the first
   --bad-count records (default --count).
3. Three readers of every scan, each scored by `amend eval` against the truth records:
   - convert: `amend convert SCAN -o convert/LEVEL/pax-ID.json --jobs 1`, --jobs documents at
     a time (one OCR thread each), OMP_THREAD_LIMIT=1;
   - peer: what a user has today: `pdftoppm -r DPI -gray` (DPI = the scan's) and
     `tesseract PAGE - --psm 6` per page, the pages' text concatenated (psm6/LEVEL/pax-ID.txt),
     read with exact labels by bench/eval/peer_labels.py;
   - clean on psm6: `amend clean psm6/LEVEL/pax-ID.txt --format json`: our text path on the
     peer's OCR text.
   Times: wall time of each stage, and the CPU time (user+system) of every child summed.
4. Prints a table (level x reader x field accuracy, row accuracy, quote CER, time) and writes
   it with the machine description to OUT/results.md and OUT/results.json; per-document
   scores are in OUT/eval/READER-LEVEL.txt.
Targets (issue 4) for convert on clean and office: field accuracy >= 99%, row accuracy >= 98%,
quote CER <= 1%.
Exit: 0 measured, 1 usage or a tool missing, 77 PA-X data absent.
"""

import argparse
import concurrent.futures
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PY = "/usr/bin/python3"
sys.path.insert(0, os.path.join(REPO, "scripts", "pax"))
sys.path.insert(0, os.path.join(REPO, "scripts", "fixtures"))
import make_scan  # noqa: E402
import pax_records  # noqa: E402

LEVELS = ("clean", "office", "bad")
READERS = ("convert", "clean-psm6", "peer-psm6")
READER_NAMES = {"convert": "amend convert", "clean-psm6": "amend clean on psm6 text",
                "peer-psm6": "peer: psm6 + exact labels"}
ENV = dict(os.environ, OMP_THREAD_LIMIT="1")


def run_timed(cmd, stdout=subprocess.DEVNULL):
  """(returncode, wall s, CPU s of the child, stderr text) of one command."""
  t0 = time.perf_counter()
  p = subprocess.Popen(cmd, env=ENV, stdout=stdout, stderr=subprocess.PIPE)
  err = p.stderr.read().decode("utf-8", "replace")
  _, status, ru = os.wait4(p.pid, 0)
  p.returncode = os.waitstatus_to_exitcode(status)
  return p.returncode, time.perf_counter() - t0, ru.ru_utime + ru.ru_stime, err


def choose_ids(pax, count, seed, shared, no_api=False):
  """The API-sample agreements (ascending; none with no_api) and then a seeded draw from
  the rest."""
  with open(os.path.join(shared, "data", "pax", "pax_api_sample_10_agreements.json"),
            encoding="utf-8") as f:
    api = sorted(int(a["id"]) for a in json.load(f)["results"])
  rest_of = set(api)
  api = [] if no_api else [i for i in api if i in set(pax.ids())][:count]
  import random
  rest = [i for i in pax.ids() if i not in rest_of]
  return api + sorted(random.Random(seed).sample(rest, max(0, count - len(api))))


class Step:
  """One document through one command; the result is cached next to the output as .time."""

  def __init__(self, out, cmds, fresh, stdout_to=None):
    self.out, self.cmds, self.fresh, self.stdout_to = out, cmds, fresh, stdout_to

  def __call__(self):
    stamp = self.out + ".time"
    if not self.fresh and os.path.exists(self.out) and os.path.exists(stamp):
      with open(stamp) as f:
        return dict(json.load(f), cached=True)
    os.makedirs(os.path.dirname(self.out), exist_ok=True)
    wall = cpu = 0.0
    errors = []
    sink = open(self.stdout_to, "wb") if self.stdout_to else subprocess.DEVNULL
    try:
      for cmd in self.cmds:
        cmd = cmd() if callable(cmd) else cmd
        rc, w, c, err = run_timed(cmd, sink)
        wall, cpu = wall + w, cpu + c
        if rc != 0:
          errors.append("%s: exit %d: %s" % (os.path.basename(cmd[0]), rc, err.strip()[-300:]))
          break
    finally:
      if self.stdout_to:
        sink.close()
    result = {"wall": wall, "cpu": cpu, "errors": errors}
    if not errors:
      with open(stamp, "w") as f:
        json.dump(result, f)
    return result


def run_steps(steps, jobs, record=None):
  """Runs the steps `jobs` at a time; (wall s of the whole stage, [results]). When every
  step was reused from an earlier run, the wall time is that run's, kept in `record`."""
  t0 = time.perf_counter()
  with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as ex:
    results = list(ex.map(lambda s: s(), steps))
  wall = time.perf_counter() - t0
  if record:
    if all(r.get("cached") for r in results) and os.path.exists(record):
      with open(record) as f:
        wall = json.load(f)["wall"]
    elif not any(r.get("cached") for r in results):
      with open(record, "w") as f:
        json.dump({"wall": wall}, f)
  return wall, results


def psm6_cmds(scan, txt, level):
  """pdftoppm at the scan's DPI, then tesseract --psm 6 on each page into one text."""
  dpi = make_scan.LEVELS[level]["dpi"]
  prefix = txt[:-len(".txt")] + "-page"

  def pages():
    return sorted(f for f in os.listdir(os.path.dirname(txt))
                  if f.startswith(os.path.basename(prefix)) and f.endswith(".pgm"))

  def ocr():
    # One shell-free pipeline: every page's text appended in page order.
    names = [os.path.join(os.path.dirname(txt), f) for f in pages()]
    script = "for p in \"$@\"; do tesseract \"$p\" - --psm 6 -l eng 2>/dev/null || exit 1; done"
    return ["sh", "-c", script, "sh", *names]

  def tidy():
    return ["sh", "-c", "rm -f \"$@\"", "sh",
            *[os.path.join(os.path.dirname(txt), f) for f in pages()]]

  return [["pdftoppm", "-r", str(dpi), "-gray", scan, prefix], ocr, tidy]


def eval_scores(amend, truth_dir, got_dir, report):
  """The `amend eval` total line as a dict, and its output saved to `report`."""
  r = subprocess.run([amend, "eval", "--truth", truth_dir, "--got", got_dir],
                     capture_output=True, text=True)
  with open(report, "w", encoding="utf-8") as f:
    f.write(r.stdout + r.stderr)
  total = [l for l in r.stdout.splitlines() if l.startswith("total")]
  if r.returncode not in (0, 5) or not total:
    raise RuntimeError("amend eval failed (%d): %s" % (r.returncode, r.stderr.strip()))
  m = re.search(r"(\d+)/(\d+)\s+([\d.]+)\s+(\d+)/(\d+)\s+([\d.]+)\s+([\d.]+)\s*$", total[0])
  fr, ft, _, rr, rt, _, cer = m.groups()
  return {"fields_right": int(fr), "fields_total": int(ft), "rows_right": int(rr),
          "rows_total": int(rt), "field_acc": int(fr) / int(ft) if int(ft) else 1.0,
          "row_acc": int(rr) / int(rt) if int(rt) else 1.0, "quote_cer": float(cer),
          "missing": r.returncode == 5}


def machine():
  cpu = ""
  try:
    with open("/proc/cpuinfo") as f:
      cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "")
  except OSError:
    pass
  tess = subprocess.run(["tesseract", "--version"], capture_output=True, text=True)
  return {"nproc": os.cpu_count(), "cpu": cpu or platform.processor(),
          "tesseract": (tess.stdout or tess.stderr).splitlines()[0].strip(),
          "load_before": os.getloadavg()}


def table(results, levels):  # the readers that were run, in READERS order
  lines = ["| level | docs | reader | field acc | row acc | quote CER | stage wall s | CPU s/doc |",
           "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |"]
  for level in levels:
    for reader in [r for r in READERS if r in results[level]]:
      r = results[level][reader]
      docs = "%d" % r["docs"] + (" (%d failed)" % r["failed"] if r["failed"] else "")
      lines.append("| %s | %s | %s | %.2f%% (%d/%d) | %.2f%% (%d/%d) | %.2f%% | %.0f | %.1f |" % (
          level, docs, READER_NAMES[reader], 100 * r["field_acc"], r["fields_right"],
          r["fields_total"], 100 * r["row_acc"], r["rows_right"], r["rows_total"],
          100 * r["quote_cer"], r["wall"], r["cpu_per_doc"]))
  return "\n".join(lines)


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
  ap.add_argument("--count", type=int, default=20, help="records (default 20)")
  ap.add_argument("--bad-count", type=int, help="records at the bad level (default --count)")
  ap.add_argument("--levels", default=",".join(LEVELS), help="comma-separated levels")
  ap.add_argument("--seed", type=int, default=1, help="seed of the record draw (default 1)")
  ap.add_argument("--no-api", action="store_true",
                  help="draw every record with --seed, none from the API sample (a second, "
                       "disjoint sample to check rules against; no quotes, no conflict block)")
  ap.add_argument("--readers", default=",".join(READERS),
                  help="comma-separated readers (default all: %s)" % ",".join(READERS))
  ap.add_argument("--jobs", type=int, default=2, help="documents at a time (default 2)")
  ap.add_argument("--out", default=os.path.join(REPO, "bench", "out", "eval"))
  ap.add_argument("--shared", default=pax_records.default_shared_dir())
  ap.add_argument("--fresh", action="store_true", help="redo every step")
  args = ap.parse_args(argv)
  levels = [l for l in args.levels.split(",") if l]
  readers = [r for r in READERS if r in args.readers.split(",")]
  if any(l not in LEVELS for l in levels) or args.count < 1 or args.jobs < 1 or not readers:
    ap.error("levels are clean, office, bad; readers %s; --count and --jobs >= 1" %
             ", ".join(READERS))
  amend = os.environ.get("AMEND_BIN", os.path.join(REPO, "build", "amend"))
  for tool in (amend, "tesseract", "pdftoppm"):
    if not shutil.which(tool):
      print("bench/eval: %s not found (build amend: cmake --build build --target amend)" % tool,
            file=sys.stderr)
      return 1
  try:
    pax = pax_records.load_pax(args.shared)
  except FileNotFoundError as e:
    print("bench/eval: PA-X data absent (%s); skipped" % e, file=sys.stderr)
    return 77
  info = machine()
  ids = choose_ids(pax, args.count, args.seed, args.shared, args.no_api)
  per_level = {l: ids[:args.bad_count] if l == "bad" and args.bad_count else ids for l in levels}
  out = args.out
  print("records: %s" % " ".join(map(str, ids)), flush=True)

  for level, lids in per_level.items():
    tdir = os.path.join(out, "truth", level)
    if os.path.isdir(tdir):
      shutil.rmtree(tdir)
    os.makedirs(tdir)
    for i in lids:
      with open(os.path.join(tdir, "pax-%d.json" % i), "w", encoding="utf-8") as f:
        json.dump(pax.record_for(i), f, ensure_ascii=False, indent=1)
        f.write("\n")

  def scan(level, i):
    return os.path.join(out, "scans", level, "pax-%d.pdf" % i)

  def sheet(level, i):
    path = os.path.join(out, "sheets", level, "pax-%d.txt" % i)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    return path

  docs = [(l, i) for l in levels for i in per_level[l]]
  wall, res = run_steps([Step(scan(l, i), [[PY, os.path.join(REPO, "scripts", "fixtures",
                                                               "make_scan.py"),
                                           os.path.join(out, "truth", l, "pax-%d.json" % i),
                                           scan(l, i), "--level", l, "--seed", str(i)]],
                              args.fresh) for l, i in docs], args.jobs)
  print("scans: %d in %.0f s" % (len(docs), wall), flush=True)
  failed = [e for r in res for e in r["errors"]]
  if failed:
    print("make_scan failed:\n" + "\n".join(failed), file=sys.stderr)
    return 1

  results = {l: {} for l in levels}
  for level in levels:
    lids = per_level[level]
    stages = {
        "convert": [Step(os.path.join(out, "convert", level, "pax-%d.json" % i),
                         [[amend, "convert", scan(level, i), "--jobs", "1", "-o",
                           os.path.join(out, "convert", level, "pax-%d.json" % i),
                           "--sheet-text", sheet(level, i)]], args.fresh)
                    for i in lids],
        "psm6": [Step(os.path.join(out, "psm6", level, "pax-%d.txt" % i),
                      psm6_cmds(scan(level, i), os.path.join(out, "psm6", level, "pax-%d.txt" % i),
                                level), args.fresh,
                      stdout_to=os.path.join(out, "psm6", level, "pax-%d.txt" % i)) for i in lids],
    }
    if "convert" not in readers:
      del stages["convert"]
    if "clean-psm6" not in readers and "peer-psm6" not in readers:
      del stages["psm6"]
    timing = {}
    for name, steps in stages.items():
      for s in steps:
        os.makedirs(os.path.dirname(s.out), exist_ok=True)
      wall, res = run_steps(steps, args.jobs, os.path.join(out, name, level + ".stage"))
      errs = [e for r in res for e in r["errors"]]
      timing[name] = (wall, [r["cpu"] for r in res], [r["wall"] for r in res], errs)
      print("%s %s: %d documents, %.0f s wall, %.1f s CPU/doc (median)%s" % (
          level, name, len(steps), wall, statistics.median(timing[name][1]),
          "; %d failed" % len(errs) if errs else ""), flush=True)
      for e in errs:
        print("  " + e, file=sys.stderr)
    text_steps = {
        "clean-psm6": [Step(os.path.join(out, "clean-psm6", level, "pax-%d.json" % i),
                            [[amend, "clean", os.path.join(out, "psm6", level, "pax-%d.txt" % i),
                              "--format", "json", "-o",
                              os.path.join(out, "clean-psm6", level, "pax-%d.json" % i)]],
                            args.fresh) for i in lids],
        "peer-psm6": [Step(os.path.join(out, "peer-psm6", level, "pax-%d.json" % i),
                           [[PY, os.path.join(HERE, "peer_labels.py"),
                             os.path.join(out, "psm6", level, "pax-%d.txt" % i), "-o",
                             os.path.join(out, "peer-psm6", level, "pax-%d.json" % i)]],
                           args.fresh) for i in lids],
    }
    for name, steps in [(n, st) for n, st in text_steps.items() if n in readers]:
      os.makedirs(os.path.join(out, name), exist_ok=True)
      wall, res = run_steps(steps, args.jobs, os.path.join(out, name, level + ".stage"))
      timing[name] = (wall, [r["cpu"] for r in res], [r["wall"] for r in res],
                      [e for r in res for e in r["errors"]])
      for e in timing[name][3]:
        print("  %s %s: %s" % (level, name, e), file=sys.stderr)
    os.makedirs(os.path.join(out, "eval"), exist_ok=True)
    for reader in readers:
      s = eval_scores(amend, os.path.join(out, "truth", level), os.path.join(out, reader, level),
                      os.path.join(out, "eval", "%s-%s.txt" % (reader, level)))
      # The text readers pay for the psm6 OCR too.
      parts = ["convert"] if reader == "convert" else ["psm6", reader]
      s["wall"] = sum(timing[p][0] for p in parts)
      s["cpu_per_doc"] = statistics.median(
          [sum(x) for x in zip(*[timing[p][1] for p in parts])])
      s["failed"] = sum(len(timing[p][3]) for p in parts)
      s["docs"] = len(lids)
      results[level][reader] = s

  info["load_after"] = os.getloadavg()
  text = table(results, levels)
  head = ("machine: %d CPUs (%s), %s, load average %.2f before / %.2f after (1 min)\n"
          "records: %s%s; --jobs %d (documents at a time, one OCR thread each)\n" % (
              info["nproc"], info["cpu"], info["tesseract"], info["load_before"][0],
              info["load_after"][0], " ".join(map(str, ids)),
              " (bad: the first %d)" % len(per_level["bad"])
              if len(per_level.get("bad", ids)) < len(ids) else "", args.jobs))
  print()
  print(head)
  print(text)
  print("\nfailed: documents the reader produced no record for (scored as all wrong)")
  print("stage wall s: whole stage, --jobs documents at a time; CPU s/doc: median per "
        "document, user+system of the tools (text readers include the psm6 OCR: pdftoppm + "
        "tesseract)")
  with open(os.path.join(out, "results.md"), "w", encoding="utf-8") as f:
    f.write(head + "\n" + text + "\n")
  with open(os.path.join(out, "results.json"), "w", encoding="utf-8") as f:
    json.dump({"machine": info, "records": ids, "per_level": per_level, "results": results}, f,
              indent=1)
  return 0


if __name__ == "__main__":
  sys.exit(main())
