#!/usr/bin/python3
"""Throughput of `amend repair` with 1 and 2 jobs against a Python peer, same run.

    bench/repair/run.py [--runs 3] [--count 2000] [--seed 1]

- Corpus: `count` damaged sheet texts from real PA-X records (scripts/bench/make_corpus.py,
  made under bench/out/ when absent; never committed: data/pax/PROVENANCE.md).
- amend: `amend repair TEXTS -o OUT --jobs J --text` (normalize, rule packs, schema parser:
  one record and one cleaned text per input, manifest and summary). $AMEND_BIN or build/amend.
- peer: `bench/clean/peer_clean.py --dir TEXTS -o OUT --jobs J` (Python `re` applier of the
  same packs, J forked worker processes, one cleaned text per input). It does the rule
  clean-up only: no Unicode/whitespace normalization, no parser, no record, no manifest.
- Each configuration (amend j1, peer j1, amend j2, peer j2) runs `--runs` times, interleaved,
  into a fresh output folder; the figure is the median. Wall time and CPU time (user+system
  of the child, getrusage) are both printed: the machine is shared, CPU time is steadier.
  docs/s = documents / median seconds. Scaling = amend j1 wall / amend j2 wall (target >= 1.8,
  issue 5; meaningful only on an otherwise idle machine: the load is printed).
- Finally the two tools' cleaned texts are compared (share of identical files, information
  only: amend also normalizes).
Exit: 0 measured, 1 usage or a tool failed, 77 PA-X data absent.
"""

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PY = "/usr/bin/python3"


def load():
  return open("/proc/loadavg").read().split()[:3]


def timed(cmd, env):
  before = resource.getrusage(resource.RUSAGE_CHILDREN)
  t0 = time.perf_counter()
  r = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
  wall = time.perf_counter() - t0
  after = resource.getrusage(resource.RUSAGE_CHILDREN)
  cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
  if r.returncode != 0:
    raise RuntimeError(f"{' '.join(cmd)}: exit {r.returncode}: {r.stderr.strip()[-300:]}")
  return wall, cpu


def corpus_dir(count, seed):
  d = os.path.join(REPO, "bench", "out", "corpus" if count == 2000 and seed == 1
                   else f"corpus-{count}-{seed}")
  texts = os.path.join(d, "texts")
  if not os.path.isdir(texts) or len(os.listdir(texts)) != count:
    r = subprocess.run([PY, os.path.join(REPO, "scripts", "bench", "make_corpus.py"), "-o", d,
                        "-n", str(count), "--seed", str(seed)])
    if r.returncode != 0:
      sys.exit(r.returncode)
  return texts


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  ap.add_argument("--runs", type=int, default=3, help="runs per configuration (default 3)")
  ap.add_argument("--count", type=int, default=2000, help="documents (default 2000)")
  ap.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
  args = ap.parse_args(argv)
  if args.runs < 1 or args.count < 1:
    print("run.py: --runs and --count must be at least 1", file=sys.stderr)
    return 1
  texts = corpus_dir(args.count, args.seed)
  amend = os.environ.get("AMEND_BIN") or os.path.join(REPO, "build", "amend")
  out_root = os.path.join(REPO, "bench", "out", "repair")
  env = dict(os.environ, OMP_THREAD_LIMIT="1")
  configs = []
  for jobs in (1, 2):
    configs.append((f"amend j{jobs}", lambda out, j=jobs: [amend, "repair", texts, "-o", out,
                                                           "--jobs", str(j), "--text"]))
    configs.append((f"peer j{jobs}", lambda out, j=jobs: [PY, os.path.join(REPO, "bench", "clean",
                                                          "peer_clean.py"), "--dir", texts,
                                                          "-o", out, "--jobs", str(j)]))
  print(f"corpus: {args.count} texts in {texts}; load before: {' '.join(load())}; "
        f"{os.cpu_count()} CPUs", flush=True)
  walls = {name: [] for name, _ in configs}
  cpus = {name: [] for name, _ in configs}
  for run in range(args.runs):
    for name, cmd in configs:
      out = os.path.join(out_root, name.replace(" ", "-"))
      shutil.rmtree(out, ignore_errors=True)
      try:
        wall, cpu = timed(cmd(out), env)
      except RuntimeError as e:
        print(f"run.py: {e}", file=sys.stderr)
        return 1
      walls[name].append(wall)
      cpus[name].append(cpu)
      print(f"  run {run + 1} {name:9s} wall {wall:7.2f} s  cpu {cpu:7.2f} s  load {load()[0]}",
            flush=True)
  n = args.count
  med = {k: statistics.median(v) for k, v in walls.items()}
  medc = {k: statistics.median(v) for k, v in cpus.items()}
  print(f"\nload after: {' '.join(load())}")
  print(f"\n| tool | jobs | docs/s (wall) | docs/s per CPU-second | median wall s | median CPU s |")
  print("| --- | --- | --- | --- | --- | --- |")
  for name, _ in configs:
    tool, j = name.split(" j")
    print(f"| {tool} | {j} | {n / med[name]:.1f} | {n / medc[name]:.1f} | {med[name]:.2f} | "
          f"{medc[name]:.2f} |")
  print(f"\nscaling amend 2 jobs / 1 job (wall): {med['amend j1'] / med['amend j2']:.2f}x "
        f"(target 1.8x); peer: {med['peer j1'] / med['peer j2']:.2f}x")
  print(f"CPU per document: amend {1000 * medc['amend j1'] / n:.1f} ms, "
        f"peer {1000 * medc['peer j1'] / n:.1f} ms")
  for j in (1, 2):
    print(f"amend / peer throughput, {j} job(s): {med[f'peer j{j}'] / med[f'amend j{j}']:.2f}x (wall)")
  same = total = 0
  a_dir, p_dir = (os.path.join(out_root, "amend-j1"), os.path.join(out_root, "peer-j1"))
  for name in sorted(os.listdir(texts)):
    total += 1
    try:
      with open(os.path.join(a_dir, name + ".clean.txt"), "rb") as a, \
           open(os.path.join(p_dir, name + ".clean.txt"), "rb") as p:
        same += a.read() == p.read()
    except FileNotFoundError:
      pass
  print(f"identical cleaned texts amend vs peer: {same}/{total} (information: amend also normalizes)")
  return 0


if __name__ == "__main__":
  sys.exit(main())
