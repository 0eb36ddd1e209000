#!/usr/bin/python3
"""End-to-end tests of `amend repair` with the real binary on real PA-X-derived sheet texts
(scripts/bench/make_corpus.py: real records, seeded OCR damage) and a shipped fixture scan.

Usage: repair_test.py {kill-resume|kill-resume-scan|bad-doc|shards|sigint|bad-args|report}
Env: AMEND_BIN (the binary), AMEND_SOURCE_DIR (the repo), AMEND_SHARED_DIR (PA-X data;
exit 77 = skipped when absent). AMEND_TEST_SEED fixes the random kill delays;
AMEND_TEST_COUNT sets the kill-resume corpus size (default 40; bench/repair/kill_resume.sh).
"""
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from testlib import BIN, SHARED, SRC, amend, check, finish, skip  # noqa: E402


def make_corpus(root, count, scan=False):
  """IN_DIR with `count` damaged sheet texts (a third in a subfolder), optionally a scan."""
  gen = os.path.join(root, "gen")
  r = subprocess.run(["/usr/bin/python3", os.path.join(SRC, "scripts/bench/make_corpus.py"),
                      "-o", gen, "-n", str(count), "--shared", SHARED],
                     capture_output=True, text=True)
  if r.returncode == 77:
    skip("PA-X data absent (" + SHARED + ")")
  assert r.returncode == 0, r.stderr
  in_dir = os.path.join(root, "in")
  os.makedirs(os.path.join(in_dir, "sub", "deeper"))
  for k, name in enumerate(sorted(os.listdir(os.path.join(gen, "texts")))):
    dest = ["", "sub", os.path.join("sub", "deeper")][k % 3]
    shutil.copy(os.path.join(gen, "texts", name), os.path.join(in_dir, dest, name))
  if scan:
    shutil.copy(os.path.join(SRC, "fixtures/scans/nagorno-karabakh-1993-office.pdf"),
                os.path.join(in_dir, "sub", "nk-1993.pdf"))
  return in_dir


def tree(d, skip_run_files=True):
  """{relative path: sha256} of every file under d (summary and manifest left out when
  skip_run_files: they carry times)."""
  out = {}
  for base, _, names in os.walk(d):
    for n in names:
      rel = os.path.relpath(os.path.join(base, n), d)
      if skip_run_files and (n.startswith("summary") or n.startswith(".amend-manifest")):
        continue
      with open(os.path.join(base, n), "rb") as f:
        out[rel] = hashlib.sha256(f.read()).hexdigest()
  return out


def inputs_of(in_dir):
  return sorted(os.path.relpath(os.path.join(b, n), in_dir)
                for b, _, ns in os.walk(in_dir) for n in ns)


def repair(*args, timeout=1200):
  return amend("repair", *args, timeout=timeout)


def summary(path):
  with open(path, encoding="utf-8") as f:
    return [json.loads(line) for line in f]


def manifest_lines(out_dir, name=".amend-manifest.jsonl"):
  try:
    with open(os.path.join(out_dir, name), "rb") as f:
      return f.read().split(b"\n")
  except FileNotFoundError:
    return []


def kill_resume(scan):
  """Kill -9 a run at random moments several times, resume each time; at the end every
  record and text equals an uninterrupted run's, byte for byte, and no temporary file is
  left."""
  seed = int(os.environ.get("AMEND_TEST_SEED", random.randrange(1 << 30)))
  rng = random.Random(seed)
  print(f"kill delays seeded with AMEND_TEST_SEED={seed}")
  with tempfile.TemporaryDirectory() as tmp:
    in_dir = make_corpus(tmp, int(os.environ.get("AMEND_TEST_COUNT", 40)), scan=scan)
    before = tree(in_dir)
    ref = os.path.join(tmp, "ref")
    t0 = time.monotonic()
    r = repair(in_dir, "-o", ref, "--jobs", "2", "--text")
    full = time.monotonic() - t0
    check(r.returncode == 0, f"uninterrupted run exits 0 (got {r.returncode}: {r.stderr.strip()})")
    n_inputs = len(inputs_of(in_dir))
    check(len([p for p in tree(ref) if p.endswith(".json")]) == n_inputs,
          f"uninterrupted run wrote {n_inputs} records")
    out = os.path.join(tmp, "out")
    kills = partial = 0
    for attempt in range(5 if not scan else 3):
      args = [BIN, "repair", in_dir, "-o", out, "--jobs", "2", "--text"]
      if attempt > 0:
        args.append("--resume")
      p = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
      if attempt == 0:
        # At least one kill mid-corpus however fast the documents go (start-up can be most
        # of a short run): once the first document is done, then a random moment.
        deadline = time.monotonic() + 10 * full + 10
        while p.poll() is None and time.monotonic() < deadline and not any(
            line.endswith(b"}") for line in manifest_lines(out)):
          time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.2 * full))
      else:
        time.sleep(rng.uniform(0.05, max(0.1, 0.3 * full)))
      if p.poll() is None:
        p.send_signal(signal.SIGKILL)
        kills += 1
      p.wait()
      lines = manifest_lines(out)
      done = sum(1 for line in lines if line.endswith(b"}"))
      print(f"  attempt {attempt}: {'killed' if p.returncode == -9 else 'finished'}, "
            f"{done} manifest lines")
      if p.returncode == -9 and 0 < done < n_inputs:
        partial += 1
    check(kills >= 1 and partial >= 1, f"runs were killed mid-corpus ({kills} kills, {partial} partial)")
    r = repair(in_dir, "-o", out, "--jobs", "2", "--text", "--resume")
    check(r.returncode == 0, f"the resumed run exits 0 (got {r.returncode}: {r.stderr.strip()})")
    got, want = tree(out), tree(ref)
    check(sorted(got) == sorted(want), "the same output files as the uninterrupted run "
          f"(extra: {sorted(set(got) - set(want))[:3]}, missing: {sorted(set(want) - set(got))[:3]})")
    differ = [p for p in want if got.get(p) != want[p]]
    check(not differ, f"every output byte-identical to the uninterrupted run's (differ: {differ[:3]})")
    check(not any(".amend-tmp-" in p for p in os.listdir(out)), "no temporary file left")
    rows = summary(os.path.join(out, "summary.jsonl"))
    check([row["input"] for row in rows] == inputs_of(in_dir),
          "the final summary lists every input once, sorted")
    check(sum(1 for row in rows if row.get("reused")) > 0, "the final run reused earlier work")
    check(tree(in_dir) == before, "inputs untouched")


def bad_doc():
  """One bad document among good ones: exit 5, the good outputs written, the summary names
  the bad one with its error, the input tree unchanged (also its timestamps)."""
  with tempfile.TemporaryDirectory() as tmp:
    in_dir = make_corpus(tmp, 12)
    with open(os.path.join(in_dir, "sub", "shopping-list.txt"), "w") as f:
      f.write("eggs\nmilk\nbread\n")
    with open(os.path.join(in_dir, "broken.pdf"), "wb") as f:
      f.write(b"%PDF-1.4\nthis is no pdf\n")
    before = tree(in_dir)
    stamps = {p: os.stat(os.path.join(in_dir, p)).st_mtime_ns for p in before}
    out = os.path.join(in_dir, "records")  # OUT_DIR inside IN_DIR: must not be read as input
    r = repair(in_dir, "-o", out, "--jobs", "2")
    check(r.returncode == 5, f"exit 5 when some documents failed (got {r.returncode})")
    check("2 of 14 documents failed" in r.stderr, f"stderr says how many failed: {r.stderr.strip()}")
    rows = {row["input"]: row for row in summary(os.path.join(out, "summary.jsonl"))}
    check(sorted(rows) == sorted(before), "the summary has one line per input, outputs not taken as inputs")
    for bad, why in (("sub/shopping-list.txt", "no sheet found"), ("broken.pdf", "broken.pdf")):
      row = rows.get(bad, {})
      check(row.get("status") == "failed" and why in row.get("error", ""),
            f"summary: {bad} failed with its error ({row.get('error')})")
      check(not os.path.exists(os.path.join(out, bad + ".json")), f"no record for {bad}")
    good = [p for p in before if os.path.basename(p).startswith("pax-")]
    check(len(good) == 12, "12 good inputs")
    for p in good:
      check(rows[p]["status"] == "ok", f"{p} ok")
      with open(os.path.join(out, p + ".json"), encoding="utf-8") as f:
        rec = json.load(f)
      check(rec["schema"] == "pax-sheet/1" and rec["source"]["path"] == p
            and rec["source"]["sha256"] == before[p] and len(rec["provisions"]) > 0,
            f"{p}.json is a record of that input")
    after = tree(in_dir)
    check({k: v for k, v in after.items() if not k.startswith("records/")} == before,
          "input bytes unchanged")
    check(all(os.stat(os.path.join(in_dir, p)).st_mtime_ns == t for p, t in stamps.items()),
          "input timestamps unchanged")


def shards():
  """3 shards (run at once into one folder) cover the corpus exactly once, and their
  records equal the unsharded run's."""
  with tempfile.TemporaryDirectory() as tmp:
    in_dir = make_corpus(tmp, 30)
    whole = os.path.join(tmp, "whole")
    r = repair(in_dir, "-o", whole, "--jobs", "1")
    check(r.returncode == 0, f"unsharded run exits 0 ({r.stderr.strip()})")
    out = os.path.join(tmp, "sharded")
    procs = [subprocess.Popen([BIN, "repair", in_dir, "-o", out, "--jobs", "1", "--shard", f"{k}/3"],
                              stderr=subprocess.PIPE, text=True) for k in range(3)]
    for k, p in enumerate(procs):
      p.wait(timeout=1200)
      check(p.returncode == 0, f"shard {k}/3 exits 0 ({p.stderr.read().strip()})")
    seen = []
    for k in range(3):
      rows = summary(os.path.join(out, f"summary.{k}-of-3.jsonl"))
      check(len(rows) > 0, f"shard {k} has work")
      seen += [row["input"] for row in rows]
    check(sorted(seen) == inputs_of(in_dir) and len(set(seen)) == len(seen),
          "the shards' summaries together list every input exactly once")
    check(tree(out) == tree(whole), "the shards' records equal the unsharded run's")
    r = repair(in_dir, "-o", os.path.join(tmp, "again"), "--shard", "1/3")
    again = [row["input"] for row in summary(os.path.join(tmp, "again", "summary.1-of-3.jsonl"))]
    check(again == [row["input"] for row in summary(os.path.join(out, "summary.1-of-3.jsonl"))],
          "a shard holds the same inputs on every run")
    # Adding files moves no existing file to another shard.
    with open(os.path.join(in_dir, "zz-new.txt"), "w") as f:
      f.write("not a sheet\n")
    r = repair(in_dir, "-o", os.path.join(tmp, "more"), "--shard", "1/3")
    more = [row["input"] for row in summary(os.path.join(tmp, "more", "summary.1-of-3.jsonl"))]
    check([x for x in more if x != "zz-new.txt"] == again, "a new file moves no other between shards")


def sigint():
  """SIGINT mid-run: exit 130, the manifest flushed (complete lines only, each naming a
  document whose record is on disk), the summary so far written; --resume finishes."""
  with tempfile.TemporaryDirectory() as tmp:
    in_dir = make_corpus(tmp, 40)
    out = os.path.join(tmp, "out")
    p = subprocess.Popen([BIN, "repair", in_dir, "-o", out, "--jobs", "1"],
                         stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and len(manifest_lines(out)) < 3 and p.poll() is None:
      time.sleep(0.02)
    p.send_signal(signal.SIGINT)
    err = p.communicate(timeout=600)[1]
    check(p.returncode == 130, f"exit 130 after SIGINT (got {p.returncode}: {err.strip()})")
    check("--resume" in err, "the message says how to finish")
    lines = manifest_lines(out)
    check(lines[-1] == b"", "the manifest ends with a complete line")
    entries = [json.loads(line) for line in lines if line]
    check(0 < len(entries) < 40, f"some, not all, documents done ({len(entries)})")
    check(all(os.path.exists(os.path.join(out, e["input"] + ".json")) for e in entries),
          "each manifest entry's record is on disk")
    rows = summary(os.path.join(out, "summary.jsonl"))
    check([r["input"] for r in rows] == sorted(e["input"] for e in entries),
          "the summary so far lists exactly the documents done, sorted")
    r = repair(in_dir, "-o", out)
    check(r.returncode == 1 and "--resume" in r.stderr,
          f"without --resume a used OUT_DIR is refused with a hint (exit {r.returncode})")
    r = repair(in_dir, "-o", out, "--resume")
    check(r.returncode == 0, f"--resume finishes ({r.stderr.strip()})")
    rows = summary(os.path.join(out, "summary.jsonl"))
    check(len(rows) == 40 and sum(1 for x in rows if x.get("reused")) == len(entries),
          "the resumed run reuses exactly the documents done before")


def bad_args():
  """Bad command lines: exit code and a message naming the problem; nothing written."""
  with tempfile.TemporaryDirectory() as tmp:
    in_dir = os.path.join(tmp, "in")
    os.mkdir(in_dir)
    shutil.copy(os.path.join(SRC, "fixtures/golden/nagorno-karabakh-1993.ocr.txt"), in_dir)
    cases = [
        ([os.path.join(tmp, "missing"), "-o", os.path.join(tmp, "o1")], 2, "missing"),
        ([os.path.join(tmp, "in", "nagorno-karabakh-1993.ocr.txt"), "-o", os.path.join(tmp, "o2")], 2,
         "not a directory"),
        ([in_dir, "-o", "/dev/null/out"], 6, "/dev/null/out"),
        ([in_dir, "-o", os.path.join(tmp, "o3"), "--shard", "3/3"], 1, "--shard 3/3"),
        ([in_dir, "-o", os.path.join(tmp, "o3"), "--shard", "1"], 1, "--shard 1"),
        ([in_dir, "-o", os.path.join(tmp, "o3"), "--shard=-1/2"], 1, "--shard -1/2"),
        ([in_dir, "-o", in_dir], 1, "must not be the input folder"),
    ]
    for args, code, text in cases:
      r = repair(*args)
      check(r.returncode == code and text in r.stderr and len(r.stderr.strip().split("\n")) == 1,
            f"repair {' '.join(args[1:])}: exit {code}, one line naming '{text}' "
            f"(got {r.returncode}: {r.stderr.strip()})")
    check(not os.path.exists(os.path.join(tmp, "o1")) and not os.path.exists(os.path.join(tmp, "o3")),
          "no output folder made for a bad command line")
    r = repair(in_dir, "-o", os.path.join(tmp, "ok"))
    check(r.returncode == 0, f"the same folder repairs fine ({r.stderr.strip()})")
    # Missing OCR language data is the installation's problem, not a document's: the run
    # stops with exit 3 instead of failing every scan.
    scans = os.path.join(tmp, "scans")
    os.mkdir(scans)
    for name in ("a.pdf", "b.pdf", "c.pdf"):
      shutil.copy(os.path.join(SRC, "fixtures/scans/pax-1440-bad.pdf"), os.path.join(scans, name))
    r = repair(scans, "-o", os.path.join(tmp, "o4"), "--lang", "xyz", "--jobs", "1")
    check(r.returncode == 3 and "xyz" in r.stderr.strip().split("\n")[-1],
          f"a missing language model stops the run: exit 3 naming it (got {r.returncode})")
    check(len(summary(os.path.join(tmp, "o4", "summary.jsonl"))) == 1, "after the first scan")


def report():
  """--report writes one HTML review per document beside its record; a resume with the same
  flags reuses everything, and dropping --report redoes the documents and removes their
  reviews, which no longer match (OUT_DIR then equals a fresh run's)."""
  with tempfile.TemporaryDirectory() as tmp:
    in_dir = make_corpus(tmp, 4)
    out = os.path.join(tmp, "out")
    r = repair(in_dir, "-o", out, "--jobs", "2", "--report")
    check(r.returncode == 0, f"repair --report exit 0 (got {r.returncode}: {r.stderr.strip()})")
    for p in inputs_of(in_dir):
      path = os.path.join(out, p + ".review.html")
      html = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
      check(html.startswith("<!DOCTYPE html>") and '<div class="line" id="L1"' in html
            and 'id="edits"' in html and 'data-rule="' in html,
            f"{p}.review.html is a review with its text and rule edits")
    rows = summary(os.path.join(out, "summary.jsonl"))
    again = repair(in_dir, "-o", out, "--report", "--resume")
    check(again.returncode == 0 and "(4 reused)" in again.stderr,
          f"resume with the same flags reuses all 4 ({again.stderr.strip()})")
    plain = repair(in_dir, "-o", out, "--resume")
    check(plain.returncode == 0 and "(0 reused)" in plain.stderr and len(rows) == 4,
          f"resume without --report redoes all 4 ({plain.stderr.strip()})")
    left = [p for p in inputs_of(in_dir) if os.path.exists(os.path.join(out, p + ".review.html"))]
    check(not left, f"the redone documents have no review of the earlier run left (found {left})")


if __name__ == "__main__":
  modes = {"kill-resume": lambda: kill_resume(False), "kill-resume-scan": lambda: kill_resume(True),
           "bad-doc": bad_doc, "shards": shards, "sigint": sigint, "bad-args": bad_args,
           "report": report}
  if len(sys.argv) != 2 or sys.argv[1] not in modes:
    print(__doc__)
    sys.exit(1)
  modes[sys.argv[1]]()
  finish()
