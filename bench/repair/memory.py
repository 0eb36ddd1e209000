#!/usr/bin/python3
"""Peak memory of `amend repair` as the corpus grows: peak RSS for --large text inputs
within 10% of that for --small (issue 5: 20,000 vs 2,000).

    bench/repair/memory.py [--small 2000] [--large 20000] [--jobs 2]

Makes both corpora with scripts/bench/make_corpus.py (under bench/out/, never committed;
the large one cycles through the PA-X agreements, each copy damaged anew), runs
`/usr/bin/time -v amend repair TEXTS -o OUT --jobs J --text` on each and compares the
"Maximum resident set size". Takes about 0.2 CPU-seconds per document (the parser
dominates): the default sizes need ~70 CPU-minutes; smaller sizes with the same 10x ratio
check the same property sooner (e.g. --small 200 --large 2000).
Exit: 0 within 10%, 1 over, 77 PA-X data absent.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PY = "/usr/bin/python3"


def corpus(count):
  d = os.path.join(REPO, "bench", "out", f"corpus-{count}-1")
  texts = os.path.join(d, "texts")
  if not os.path.isdir(texts) or len(os.listdir(texts)) != count:
    r = subprocess.run([PY, os.path.join(REPO, "scripts", "bench", "make_corpus.py"), "-o", d,
                        "-n", str(count)])
    if r.returncode != 0:
      sys.exit(r.returncode)
  return texts


def peak_rss_kb(texts, jobs):
  amend = os.environ.get("AMEND_BIN") or os.path.join(REPO, "build", "amend")
  out = os.path.join(REPO, "bench", "out", "repair", "memory-out")
  shutil.rmtree(out, ignore_errors=True)
  r = subprocess.run(["/usr/bin/time", "-v", amend, "repair", texts, "-o", out, "--jobs",
                      str(jobs), "--text"], capture_output=True, text=True)
  m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr)
  if r.returncode != 0 or not m:
    sys.exit(f"memory.py: amend repair exit {r.returncode}: {r.stderr.strip()[-300:]}")
  wall = re.search(r"Elapsed \(wall clock\) time.*: (\S+)", r.stderr).group(1)
  return int(m.group(1)), wall


def main():
  ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  ap.add_argument("--small", type=int, default=2000)
  ap.add_argument("--large", type=int, default=20000)
  ap.add_argument("--jobs", type=int, default=2)
  args = ap.parse_args()
  results = {}
  for n in (args.small, args.large):
    results[n] = peak_rss_kb(corpus(n), args.jobs)
    print(f"{n:6d} texts: peak RSS {results[n][0] / 1024:.1f} MiB (wall {results[n][1]})",
          flush=True)
  ratio = results[args.large][0] / results[args.small][0]
  print(f"peak RSS {args.large} / {args.small} texts: {ratio:.3f} (target <= 1.10)")
  return 0 if ratio <= 1.10 else 1


if __name__ == "__main__":
  sys.exit(main())
