#!/usr/bin/python3
"""`amend report` end to end, looked at in a real browser (headless Chromium).

  scan       the shipped office scan (real Tesseract): one page image per page, the table
             cells over it (as many label cells as the sheet has rows, within a range),
             edit highlights carrying rule ids of the shipped pack, the diagnostics listed,
             and a screenshot that shows the page image and the overlay (not blank).
  text       the real seed OCR text with markup injected: the browser's DOM has no script
             element, the text shows the markup literally, every rule edit is highlighted.
  bad-input  missing file, not a sheet, bad rule pack, unwritable output: exit code,
             one-line message, no output file.

Usage: report_browser_test.py {scan|text|bad-input}. Exit 77 (skip) when chromium is
missing (scan, text). Env: AMEND_BIN, AMEND_SOURCE_DIR.
"""
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from testlib import FIX, SRC, amend as run, check, finish, skip  # noqa: E402


def pack_rule_ids():
    ids = set()
    packs = os.path.join(SRC, "rules", "packs")
    for name in os.listdir(packs):
        if name.endswith(".toml"):
            with open(os.path.join(packs, name), "rb") as f:
                ids.update(r["id"] for r in tomllib.load(f).get("rule", []))
    return ids


def chromium(tmp, page, *args):
    """Runs headless Chromium on `page` with `args`; returns stdout."""
    exe = shutil.which("chromium")
    cmd = [exe, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--user-data-dir=" + os.path.join(tmp, "profile"), *args, "file://" + os.path.abspath(page)]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    return r.stdout


class Dom(html.parser.HTMLParser):
    """The elements of a document: (tag, attrs, index of the enclosing svg or None), and the
    text of <pre> elements."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.elements, self.pres, self._svg, self._pre = [], [], None, None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        a["class"] = (a.get("class") or "").split()
        self.elements.append((tag, a, self._svg))
        if tag == "svg":
            self._svg = len(self.elements) - 1
        if tag == "pre":
            self._pre = []

    def handle_endtag(self, tag):
        if tag == "svg":
            self._svg = None
        if tag == "pre" and self._pre is not None:
            self.pres.append("".join(self._pre))
            self._pre = None

    def handle_data(self, data):
        if self._pre is not None:
            self._pre.append(data)

    def find(self, tag=None, cls=None):
        return [(t, a, s) for t, a, s in self.elements
                if (tag is None or t == tag) and (cls is None or cls in a["class"])]


def check_edits(dom, ids, what):
    """Highlights name rules of the pack; every edit in the list is highlighted."""
    marks = [a for t, a, _ in dom.elements if "data-rules" in a]
    rules = [r for a in marks for r in a["data-rules"].split() if not r.startswith("normalize.")]
    check(len(rules) > 0, f"{what}: rule edits are highlighted in the text ({len(rules)})")
    unknown = sorted(set(rules) - ids)
    check(not unknown, f"{what}: every highlighted rule id is a rule of the shipped pack {unknown[:5]}")
    check(all(a.get("title") for a in marks), f"{what}: every highlight has a hover text")
    listed = [a for t, a, _ in dom.find("tr") if "data-rule" in a]
    marked = {int(k) for a in marks for k in a["data-edits"].split()}
    missing = [a["id"] for a in listed if int(a["id"].split("-")[1]) not in marked]
    check(len(listed) > 0 and not missing, f"{what}: each of the {len(listed)} listed edits is highlighted {missing[:5]}")
    return listed


def embedded_record(dom):
    return json.loads([p for p in dom.pres if p.lstrip().startswith("{")][0])


def scan():
    if not shutil.which("chromium"):
        skip("chromium not installed")
    pdf = os.path.join(FIX, "scans", "nagorno-karabakh-1993-office.pdf")
    pages = 5  # fixtures/README.md
    with open(os.path.join(FIX, "records", "nagorno-karabakh-1993.json"), encoding="utf-8") as f:
        truth = json.load(f)
    rows = len(truth["fields"]) + len(truth["provisions"])  # table rows printed on the sheet
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "review.html")
        start = time.monotonic()
        r = run("report", pdf, "-o", out, "--jobs", "2")
        seconds = time.monotonic() - start
        check(r.returncode == 0, f"report exits 0 ({r.stderr.strip()[:200]})")
        if r.returncode != 0:
            return
        size = os.path.getsize(out)
        print(f"      {size} bytes, {size // pages} per page, {seconds:.1f} s")
        check(20_000 * pages < size < 600_000 * pages, "a few hundred KB per page")
        dom = Dom(chromium(tmp, out, "--dump-dom"))
        svgs = dom.find("svg", "page")
        check(len(svgs) == pages, f"one page drawing per page ({len(svgs)})")
        for i, (_, a, _) in enumerate(svgs):
            idx = dom.elements.index(svgs[i])
            images = [e for e in dom.find("image") if e[2] == idx]
            check(len(images) == 1 and images[0][1].get("href", "").startswith("data:image/jpeg;base64,"),
                  f"page {a.get('data-page')}: one embedded JPEG image")
        labels, values = dom.find("rect", "label"), dom.find("rect", "value")
        check(0.9 * rows <= len(labels) <= 1.25 * rows,
              f"label cells {len(labels)} within 0.9-1.25x the sheet's {rows} rows")
        check(0.9 * rows <= len(values) <= 1.25 * rows,
              f"value cells {len(values)} within 0.9-1.25x the sheet's {rows} rows")
        line_ids = {a["id"] for t, a, _ in dom.find("div", "line")}
        check(all("L" + a["data-line"] in line_ids for _, a, _ in labels + values),
              "every cell points at a line of the text")
        listed = check_edits(dom, pack_rule_ids(), "scan")
        boxes = dom.find("rect", "editbox")
        rule_rows = {a["id"] for a in listed if a.get("class") != ["norm"]}
        check(len(boxes) > 0 and all("edit-" + a["data-edit"] in rule_rows for _, a, _ in boxes),
              f"rule edits are boxed on the page images ({len(boxes)})")
        lows = dom.find("rect", "low")
        confs = [float(re.search(r"OCR confidence (\d+)%", a.get("title", "") or "0").group(1))
                 for _, a, _ in dom.find("span", "low")]
        check(all(c < 60 for c in confs), f"marked words are below 60% confidence ({len(lows)} boxed)")
        items = [a for t, a, _ in dom.elements if t == "li" and a["class"][:1] in (["info"], ["warning"], ["error"])]
        record = embedded_record(dom)
        check(len(items) == len(record.get("diagnostics", [])) > 0,
              f"the parser's {len(items)} diagnostics are listed")
        check(dom.find("ul") and any(a.get("id") == "diagnostics" for _, a, _ in dom.find("ul")),
              "diagnostics list present")

        shot = os.path.join(tmp, "shot.png")
        chromium(tmp, out, "--screenshot=" + shot, "--window-size=1400,1800")
        check(os.path.exists(shot), "screenshot taken")
        if os.path.exists(shot):
            check_screenshot(shot)


def check_screenshot(path):
    from PIL import Image
    import numpy as np
    rgb = np.asarray(Image.open(path).convert("RGB")).astype(int)
    gray = rgb.mean(axis=2)
    inked = (gray < 235).mean()
    print(f"      screenshot: {inked:.3f} of pixels not white, std {gray.std():.1f}")
    check(0.03 < inked < 0.9 and gray.std() > 15, "screenshot is not blank")
    h, w = gray.shape
    # Dark gray print (not the colored overlay) in the page column, below the header:
    # 0.034 with the page images, 0.0002 without them (measured).
    ink = (gray < 110) & (rgb.max(axis=2) - rgb.min(axis=2) < 30)
    check(ink[h // 6:, : w // 2].mean() > 0.01, "the page image is drawn (gray print in the page column)")
    blue = (np.abs(rgb - np.array([31, 119, 180])).max(axis=2) < 40).sum()
    green = (np.abs(rgb - np.array([44, 160, 44])).max(axis=2) < 40).sum()
    check(blue > 300 and green > 300, f"cell outlines are drawn over it ({blue} blue, {green} green pixels)")


def text():
    if not shutil.which("chromium"):
        skip("chromium not installed")
    with open(os.path.join(FIX, "golden", "nagorno-karabakh-1993.ocr.txt"), encoding="utf-8") as f:
        seed = f.read()
    injected = '<script>document.title="pwned"</script><img src=x onerror=alert(1)> & "q"'
    seed = seed.replace("Europe and Eurasia", "Europe and Eurasia " + injected, 1)
    with tempfile.TemporaryDirectory() as tmp:
        src, out = os.path.join(tmp, "seed.ocr.txt"), os.path.join(tmp, "review.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(seed)
        r = run("report", src, "-o", out)
        check(r.returncode == 0, f"report of a text exits 0 ({r.stderr.strip()[:200]})")
        if r.returncode != 0:
            return
        dom_text = chromium(tmp, out, "--dump-dom")
        dom = Dom(dom_text)
        check(not dom.find("script") and not dom.find("img"), "the injected markup made no element")
        check("pwned" not in (re.search(r"<title>(.*?)</title>", dom_text) or [""])[0], "title untouched")
        check("&lt;script&gt;document.title=" in dom_text, "the markup shows as text")
        check(not dom.find("svg", "page"), "no page drawings for a text")
        check_edits(dom, pack_rule_ids(), "text")
        record = embedded_record(dom)
        items = [a for t, a, _ in dom.elements if t == "li" and a["class"][:1] in (["info"], ["warning"], ["error"])]
        check(len(items) == len(record["diagnostics"]) > 0, f"the parser's {len(items)} diagnostics are listed")


def bad_input():
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "review.html")

        def expect(args, code, needle, what):
            r = run(*args)
            lines = r.stderr.strip().splitlines()
            check(r.returncode == code, f"{what}: exit {code} (got {r.returncode})")
            check(len(lines) >= 1 and needle in lines[0], f"{what}: message names {needle!r} ({lines[:1]})")
            check(not os.path.exists(out), f"{what}: no report written")

        garbage = os.path.join(tmp, "garbage.bin")
        with open(garbage, "wb") as f:
            f.write(bytes(range(256)) * 40)
        seed = os.path.join(FIX, "golden", "nagorno-karabakh-1993.ocr.txt")
        expect(["report", os.path.join(tmp, "missing.pdf"), "-o", out], 2, "missing.pdf: no such file",
               "missing file")
        expect(["report", garbage, "-o", out], 2, "no sheet found", "not a sheet")
        expect(["report", seed], 1, "--output", "no -o")
        packs = os.path.join(tmp, "packs")
        os.mkdir(packs)
        with open(os.path.join(packs, "bad.toml"), "w") as f:
            f.write('[pack]\nname = "bad"\n\n[[rule]]\nid = "x"\nstage = "words"\nscope = "line"\n'
                    "match = '\\bAgr(ee'\nreplace = 'y'\nexamples = [[\"a\", \"b\"]]\nkeeps = [\"c\"]\n")
        expect(["report", seed, "--rules", packs, "-o", out], 4, "bad.toml:8:9:", "bad rule pack")
        expect(["report", seed, "-o", os.path.join(tmp, "no", "review.html")], 6, "no such folder",
               "output folder missing")
        expect(["report", seed, "-o", seed], 1, "overwrite the input", "output is the input")
        with open(seed, "rb") as f:
            before = f.read()
        r = run("report", seed, "-o", out)
        check(r.returncode == 0 and os.path.getsize(out) > 0, "a good input still works")
        with open(seed, "rb") as f:
            check(f.read() == before, "input unchanged")


{"scan": scan, "text": text, "bad-input": bad_input}[sys.argv[1]]()
finish()
