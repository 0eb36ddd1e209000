#!/usr/bin/python3
"""Throughput of `amend clean` against the Python `re` peer (peer_clean.py), same run.

    bench/clean/run.py [--runs 5] [--count 2000] [--seed 1] [--corpus DIR]

Method (the same for both tools, so the ratio is fair):
- The corpus is bench/out/corpus (made by scripts/bench/make_corpus.py from real PA-X
  records if absent): 2,000 damaged sheet texts, concatenated into one input `all.txt`,
  because `amend clean` takes one input per process. Both tools read that file, apply the
  shipped packs (rules/packs/) and write the cleaned text to a file under bench/out/.
- Each timing is the wall time of the whole process (start-up and pack loading included,
  which is < 1% at this size), pinned to one CPU with `taskset -c 0` when available
  (single-threaded), OMP_THREAD_LIMIT=1.
- CPU time (user + system of the child) is printed next to wall time: the machine is
  shared, and CPU time is the steadier figure for a single-threaded process.
- The runs interleave (amend, peer, amend, peer, ...) so load changes hit both alike; the
  reported figure is the median of --runs (default 5). MB/s = input bytes / 1e6 / median s.
- Each timed run follows an untimed run of the same command (--warmup 1; 0 turns it off),
  for both tools: on a VM a process that first touches memory another process just freed
  pays for it in system time (measured here: amend's system time 0.06 s after itself,
  0.13-0.17 s right after the Python peer, which frees a few hundred MB), so without it the
  order of the interleaving, not the tool, decides part of the figure.
- Each tool is timed twice: the whole pack, and the same packs without their vocabulary
  stage ("regex only", copies in bench/out/packs-regex; amend gets them with
  --no-default-rules --rules DIR), since the OCR-aware snap dominates both tools' time.
- After timing, the two outputs are compared as multisets of lines (the same packs should
  give the same lines; `amend clean` also normalizes, e.g. collapses blank lines, so a
  difference is reported, not fatal).

amend: $AMEND_BIN, else build/amend. Its command line is `amend clean INPUT -o OUTPUT`
(override with AMEND_CLEAN_ARGS, e.g. "clean {input} --output {output}"). When the binary
is missing or its `clean` is a placeholder, the script prints "amend: not available" and
measures the peer alone.
Targets (issue 3): amend >= 20 MB/s and >= 10x the peer.
Exit: 0 measured, 1 usage, 77 PA-X data absent (no corpus can be made).
"""

import argparse
import collections
import os
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PY = "/usr/bin/python3"


def _pin(cmd):
  return (["taskset", "-c", "0"] if shutil.which("taskset") else []) + cmd


def _time(cmd, env):
  """(wall seconds, CPU seconds user+system) of one run of cmd."""
  before = resource.getrusage(resource.RUSAGE_CHILDREN)
  t0 = time.perf_counter()
  r = subprocess.run(_pin(cmd), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
  dt = time.perf_counter() - t0
  after = resource.getrusage(resource.RUSAGE_CHILDREN)
  if r.returncode != 0:
    raise RuntimeError("%s failed (exit %d): %s" % (" ".join(cmd), r.returncode,
                                                    r.stderr.decode(errors="replace")[-400:]))
  return dt, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _amend_command(amend, inp, out):
  args = os.environ.get("AMEND_CLEAN_ARGS", "clean {input} -o {output}")
  return [amend] + [a.format(input=inp, output=out) for a in shlex.split(args)]


def _amend_available(amend):
  if not (amend and os.path.isfile(amend) and os.access(amend, os.X_OK)):
    return False, "no binary at %s" % amend
  r = subprocess.run([amend, "clean", "--help"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
  text = r.stdout.decode(errors="replace")
  if r.returncode != 0 or "not implemented" in text:
    return False, "`%s clean` is not implemented yet" % amend
  return True, ""


def _regex_only_packs(out_dir):
  """Copies of the shipped packs without their vocabulary-stage rules, in out_dir/packs-regex
  (vocabulary file paths made absolute); for timing both tools on the regex stages alone."""
  import tomllib
  src = os.path.join(REPO, "rules", "packs")
  dst = os.path.join(out_dir, "packs-regex")
  os.makedirs(dst, exist_ok=True)
  for name in sorted(os.listdir(src)):
    if not name.endswith(".toml"):
      continue
    with open(os.path.join(src, name), encoding="utf-8") as f:
      text = f.read()
    head, *blocks = text.split("\n[[rule]]\n")
    kept = [b for b in blocks
            if tomllib.loads("[[rule]]\n" + b)["rule"][0]["stage"] != "vocabulary"]
    head = head.replace('file = "../', 'file = "%s/../' % src)
    with open(os.path.join(dst, name), "w", encoding="utf-8") as f:
      f.write("\n[[rule]]\n".join([head] + kept))
  return dst


def _mbps(nbytes, seconds):
  return nbytes / 1e6 / seconds


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  ap.add_argument("--runs", type=int, default=5, help="interleaved runs per tool (default 5)")
  ap.add_argument("--count", type=int, default=2000, help="texts in the corpus (default 2000)")
  ap.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
  ap.add_argument("--corpus", default=None, help="corpus directory (default bench/out/corpus)")
  ap.add_argument("--warmup", type=int, default=1,
                  help="untimed runs of the same command before each timed one (default 1)")
  args = ap.parse_args(argv)
  if args.runs < 1 or args.warmup < 0:
    print("run.py: --runs must be at least 1 and --warmup at least 0", file=sys.stderr)
    return 1
  out_dir = os.path.join(REPO, "bench", "out")
  corpus = args.corpus or os.path.join(out_dir, "corpus")
  inp = os.path.join(corpus, "all.txt")
  if not os.path.isfile(inp):
    r = subprocess.run([PY, os.path.join(REPO, "scripts", "bench", "make_corpus.py"),
                        "-o", corpus, "-n", str(args.count), "--seed", str(args.seed)])
    if r.returncode != 0:
      return r.returncode
  nbytes = os.path.getsize(inp)
  os.makedirs(out_dir, exist_ok=True)
  env = dict(os.environ, OMP_THREAD_LIMIT="1")
  peer = os.path.join(HERE, "peer_clean.py")
  peer_out = os.path.join(out_dir, "clean.peer.txt")
  peer_cmd = [PY, peer, inp, "-o", peer_out]
  regex_cmd = [PY, peer, inp, "-o", os.path.join(out_dir, "clean.peer-regex.txt"),
               "--stages", "residue,words,cells"]
  amend = os.environ.get("AMEND_BIN") or os.path.join(REPO, "build", "amend")
  have_amend, why = _amend_available(amend)
  amend_out = os.path.join(out_dir, "clean.amend.txt")
  regex_packs = _regex_only_packs(out_dir)
  amend_regex_cmd = _amend_command(amend, inp, os.path.join(out_dir, "clean.amend-regex.txt")) + [
      "--no-default-rules", "--rules", regex_packs]

  print("corpus: %s (%.2f MB, %d runs each, interleaved, %d untimed before each, %s)" % (
      inp, nbytes / 1e6, args.runs, args.warmup,
      "pinned to CPU 0" if shutil.which("taskset") else "unpinned"))
  times = {"amend": [], "peer": [], "amend-regex": [], "peer-regex": []}

  def timed(cmd):
    for _ in range(args.warmup):
      _time(cmd, env)
    return _time(cmd, env)

  try:
    for i in range(args.runs):
      if have_amend:
        times["amend"].append(timed(_amend_command(amend, inp, amend_out)))
      times["peer"].append(timed(peer_cmd))
      if have_amend:
        times["amend-regex"].append(timed(amend_regex_cmd))
      times["peer-regex"].append(timed(regex_cmd))
      print("  run %d: %s" % (i + 1, ", ".join(
          "%s %.2fs (cpu %.2fs)" % (k, v[-1][0], v[-1][1]) for k, v in times.items() if v)),
            flush=True)
  except RuntimeError as e:
    print("run.py: %s" % e, file=sys.stderr)
    return 2
  med = {k: statistics.median(x[0] for x in v) for k, v in times.items() if v}
  cpu = {k: statistics.median(x[1] for x in v) for k, v in times.items() if v}

  def show(name, key):
    print("%s: %.3f MB/s (median wall %.2fs; by CPU time %.3f MB/s)" % (
        name, _mbps(nbytes, med[key]), med[key], _mbps(nbytes, cpu[key])))

  show("peer (python re, whole pack)", "peer")
  show("peer (python re, without vocabulary stage)", "peer-regex")
  if not have_amend:
    print("amend: not available (%s)" % why)
    return 0
  show("amend clean", "amend")
  show("amend clean (without vocabulary stage)", "amend-regex")
  a = _mbps(nbytes, med["amend"])
  ratio = med["peer"] / med["amend"]
  print("ratio amend/peer: %.1fx wall, %.1fx CPU (target >= 10x: %s)" % (
      ratio, cpu["peer"] / cpu["amend"], "met" if ratio >= 10 else "NOT met"))
  print("ratio without vocabulary stage: %.1fx wall, %.1fx CPU" % (
      med["peer-regex"] / med["amend-regex"], cpu["peer-regex"] / cpu["amend-regex"]))
  print("amend >= 20 MB/s: %s" % ("met" if a >= 20 else "NOT met"))
  with open(peer_out, encoding="utf-8") as f:
    p_lines = collections.Counter(f.read().split("\n"))
  with open(amend_out, encoding="utf-8") as f:
    a_lines = collections.Counter(f.read().split("\n"))
  only_p, only_a = sum((p_lines - a_lines).values()), sum((a_lines - p_lines).values())
  print("outputs: %s" % ("identical lines" if only_p == only_a == 0 else
                         "%d lines only in the peer's, %d only in amend's (%s, %s)" % (
                             only_p, only_a, peer_out, amend_out)))
  return 0


if __name__ == "__main__":
  sys.exit(main())
