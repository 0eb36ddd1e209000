#!/usr/bin/python3
"""Benchmark of `amend ocr` against its peer, pdftoppm + the tesseract CLI, in one run.

  bench/ocr/bench_ocr.py [--amend build/amend] [--scan SCAN.pdf] [--runs 5] [--dpi 300]
                         [--skip-memory]

1. Single core: `amend ocr --format sheet --jobs 1` vs `pdftoppm -gray -r DPI` followed by
   `tesseract LIST stdout` (one tesseract process for all pages, like amend's one engine)
   with OMP_THREAD_LIMIT=1, and the same CLI pipeline with Tesseract's default OpenMP
   threads. Also amend with every preprocessing step off, to split preprocessing cost
   from recognition cost.
2. Scaling: a 6-page document (pages of SCAN repeated with qpdf), --jobs 1 vs --jobs 2.
3. Memory: peak RSS (/usr/bin/time -f %M) of `amend ocr` (default jobs) on 10 and on
   50 pages.
Runs are interleaved (A B C A B C ...) and each time is the median of --runs runs.
SCAN defaults to fixtures/scans/nagorno-karabakh-1993-office.pdf, else a synthetic scan
made with tests/ocr/make_scan.py + img2pdf.
"""
import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def sh(cmd, env=None, out=subprocess.DEVNULL):
    subprocess.run(cmd, shell=True, check=True, env=env, stdout=out, stderr=subprocess.PIPE)


def timed(cmd, env=None):
    """(wall seconds, CPU seconds user+sys of the command and its children)."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.monotonic()
    sh(cmd, env)
    wall = time.monotonic() - t
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)


def peak_rss_mb(cmd, env=None):
    r = subprocess.run("/usr/bin/time -f %M " + cmd + " >/dev/null", shell=True, check=True,
                       env=env, stderr=subprocess.PIPE, text=True)
    return int(r.stderr.strip().splitlines()[-1]) / 1024.0


def interleaved(cases, runs):
    """cases: name -> (cmd, env). Returns (name -> median wall s, name -> wall runs,
    name -> median CPU s)."""
    times = {n: [] for n in cases}
    cpu = {n: [] for n in cases}
    for _ in range(runs):
        for name, (cmd, env) in cases.items():
            wall, c = timed(cmd, env)
            times[name].append(wall)
            cpu[name].append(c)
    return ({n: statistics.median(t) for n, t in times.items()}, times,
            {n: statistics.median(c) for n, c in cpu.items()})


def pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int([l for l in out.splitlines() if l.startswith("Pages:")][0].split()[1])


def repeat_pdf(src, n, dst):
    k = pages(src)
    seq = " ".join("%s %d" % (src, i % k + 1) for i in range(n))
    sh("qpdf --empty --pages %s -- %s" % (seq, dst))


def machine():
    cpu = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    tess = subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    load = open("/proc/loadavg").read().split()[:3]
    return "nproc %d, %s, %s, %s, load average %s" % (os.cpu_count(), cpu, tess, platform.platform(), " ".join(load))


def single_core(cases, runs):
    med, raw, cpu = interleaved(cases, runs)
    base = med["pdftoppm+tesseract (OMP_THREAD_LIMIT=1)"]
    cbase = cpu["pdftoppm+tesseract (OMP_THREAD_LIMIT=1)"]
    print("## Single core, whole scan\n\n| command | median wall s | wall runs | ratio to CLI (1 thread) | median CPU s | CPU ratio |\n|---|---|---|---|---|---|")
    for n in cases:
        print("| %s | %.2f | %s | %.2fx | %.2f | %.2fx |" % (n, med[n], " ".join("%.1f" % t for t in raw[n]),
                                                   med[n] / base, cpu[n], cpu[n] / cbase))
    print("\namend --jobs 1 / CLI(1 thread) = %.2fx (target <= 1.15x); / CLI(default threads) = %.2fx\n"
          % (med["amend --jobs 1"] / base, med["amend --jobs 1"] / med["pdftoppm+tesseract (default OpenMP threads)"]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--amend", default=os.path.join(ROOT, "build", "amend"))
    ap.add_argument("--scan", default=os.path.join(ROOT, "fixtures", "scans", "nagorno-karabakh-1993-office.pdf"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--only-scaling", action="store_true", help="run section 2 alone")
    a = ap.parse_args()
    if a.only_scaling:
        a.skip_memory = True
    tmp = tempfile.mkdtemp(prefix="amend-bench-ocr-")
    scan = a.scan
    if not os.path.exists(scan):
        scan = os.path.join(tmp, "synthetic.pdf")
        pngs = []
        for n in range(1, 6):
            pngs.append(os.path.join(tmp, "s%d.png" % n))
            sh("/usr/bin/python3 %s/tests/ocr/make_scan.py %s --page %d --noise" % (ROOT, pngs[-1], n))
        sh("img2pdf %s -o %s" % (" ".join(pngs), scan))
    amend, dpi = a.amend, a.dpi
    one = dict(os.environ, OMP_THREAD_LIMIT="1")
    default_env = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}
    sys.stdout.reconfigure(line_buffering=True)
    print("# OCR benchmark\n\nmachine: %s\nscan: %s (%d pages), %d dpi, median of %d interleaved runs\n"
          % (machine(), os.path.relpath(scan, ROOT) if scan.startswith(ROOT) else os.path.basename(scan),
             pages(scan), dpi, a.runs))

    cli = ("bash -c 'rm -f {t}/p-*.pgm && pdftoppm -gray -r {d} {s} {t}/p && ls {t}/p-*.pgm > {t}/list.txt"
           " && tesseract {t}/list.txt stdout 2>/dev/null'").format(t=tmp, d=dpi, s=scan)
    cases = {
        "amend --jobs 1": ("%s ocr %s --format sheet --jobs 1 --dpi %d" % (amend, scan, dpi), one),
        "pdftoppm+tesseract (OMP_THREAD_LIMIT=1)": (cli, one),
        "pdftoppm+tesseract (default OpenMP threads)": (cli, default_env),
        "amend --jobs 1, preprocessing off": (
            "%s ocr %s --format sheet --jobs 1 --dpi %d --no-deskew --no-binarize --no-rule-removal "
            "--no-border-cleanup" % (amend, scan, dpi), one),
    }
    if not a.only_scaling:
        single_core(cases, a.runs)

    six = os.path.join(tmp, "six.pdf")
    repeat_pdf(scan, 6, six)
    cases = {"--jobs 1": ("%s ocr %s --format sheet --jobs 1 --dpi %d" % (amend, six, dpi), None),
             "--jobs 2": ("%s ocr %s --format sheet --jobs 2 --dpi %d" % (amend, six, dpi), None)}
    med, raw, cpu = interleaved(cases, a.runs)
    print("## Scaling, 6 pages\n\n| command | median wall s | wall runs | median CPU s |\n|---|---|---|---|")
    for n in cases:
        print("| amend ocr %s | %.2f | %s | %.2f |" % (n, med[n], " ".join("%.1f" % t for t in raw[n]), cpu[n]))
    print("\nspeedup --jobs 2 vs --jobs 1 = %.2fx (target >= 1.7x); CPU --jobs 2 / --jobs 1 = %.2fx "
          "(parallel overhead; the wall speedup needs 2 idle cores)\n"
          % (med["--jobs 1"] / med["--jobs 2"], cpu["--jobs 2"] / cpu["--jobs 1"]))

    if not a.skip_memory:
        print("## Peak RSS (default --jobs = %d)\n\n| pages | peak RSS MB | seconds |\n|---|---|---|" % os.cpu_count())
        for n in (10, 50):
            doc = os.path.join(tmp, "p%d.pdf" % n)
            repeat_pdf(scan, n, doc)
            t = time.monotonic()
            rss = peak_rss_mb("%s ocr %s --format sheet --dpi %d" % (amend, doc, dpi))
            print("| %d | %.0f | %.0f |" % (n, rss, time.monotonic() - t))
        print("\n(target: <= 600 MB at 50 pages, not growing with page count)")
    sh("rm -rf " + tmp)


if __name__ == "__main__":
    sys.exit(main())
