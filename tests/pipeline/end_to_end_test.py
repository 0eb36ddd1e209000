#!/usr/bin/python3
"""End-to-end tests of the main job: `amend clean --format json` on the real seed OCR text
(the golden test), `amend convert` on the shipped scans (real Tesseract), and the bad inputs
of both commands (exit code, one-line message naming the file, no output file).

Usage: end_to_end_test.py {golden|convert|bad-input}
Env: AMEND_BIN (the binary), AMEND_SOURCE_DIR (the repo).
"""
import hashlib
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from testlib import FIX, amend as run, check, finish  # noqa: E402


def golden():
    """The hand-checked record of the real seed sheet, exactly (source and diagnostics are
    the tool's own additions and are checked separately)."""
    seed = os.path.join(FIX, "golden", "nagorno-karabakh-1993.ocr.txt")
    with open(os.path.join(FIX, "records", "nagorno-karabakh-1993.json"), encoding="utf-8") as f:
        want = json.load(f)
    r = run("clean", seed, "--format", "json")
    check(r.returncode == 0, f"clean --format json exits 0 (got {r.returncode}: {r.stderr.strip()})")
    got = json.loads(r.stdout)
    for key in ("schema", "date", "conflict"):
        check(got.get(key) == want[key], f"{key} equals the hand-checked record")
    for label, value in want["fields"].items():
        check(got["fields"].get(label) == value, f"field {label!r}")
    check(list(got["fields"]) == list(want["fields"]), "fields in layout order, none extra")
    check(len(got["provisions"]) == len(want["provisions"]) == 95, "95 provisions")
    for g, w in zip(got["provisions"], want["provisions"]):
        check(g == w, f"provision {w['section']} / {w['label']}")
    with open(seed, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    check(got["source"] == {"path": seed, "sha256": digest}, "source names the input and its sha256")
    codes = {(d["code"], d["line"]) for d in got["diagnostics"]}
    check(any(c == "label-inferred" for c, _ in codes),
          "the row whose label OCR lost is reported as inferred")
    # The record without the tool's additions, written as the example is written.
    got.pop("source"), got.pop("diagnostics")
    with open(os.path.join(FIX, "records", "nagorno-karabakh-1993.json"), encoding="utf-8") as f:
        text = f.read()
    check(json.dumps(got, ensure_ascii=False, indent=1) == text.rstrip("\n"),
          "byte-identical to the example once source and diagnostics are left out")


def convert():
    """Real OCR on the shipped scans, scored with `amend eval` against their source records.
    Exact text differs across Tesseract versions, so the bar is a range, lower for the bad
    scan (200 DPI, 2 degrees, heavy noise: Tesseract's eng model also drops the diacritics of
    transliterated names, which no rule may guess back)."""
    bars = {"office": (0.85, 0.95, 0.01), "bad": (0.6, 0.8, 0.03)}
    for scan, record, level in (("nagorno-karabakh-1993-office.pdf", "nagorno-karabakh-1993.json", "office"),
                                ("pax-1440-bad.pdf", "pax-1440.json", "bad")):
        min_field, min_row, max_cer = bars[level]
        with tempfile.TemporaryDirectory() as tmp:
            truth, got = os.path.join(tmp, "truth"), os.path.join(tmp, "got")
            os.mkdir(truth), os.mkdir(got)
            with open(os.path.join(FIX, "records", record), "rb") as f:
                data = f.read()
            with open(os.path.join(truth, "doc.json"), "wb") as f:
                f.write(data)
            out = os.path.join(got, "doc.json")
            trace = os.path.join(tmp, "trace.jsonl")
            r = run("convert", os.path.join(FIX, "scans", scan), "-o", out, "--trace", trace, "--jobs", "2")
            check(r.returncode == 0, f"convert {scan} exits 0 ({r.stderr.strip()})")
            if r.returncode != 0:
                continue
            with open(out, encoding="utf-8") as f:
                rec = json.load(f)
            check(rec["source"]["pages"] >= 2, f"{scan}: source.pages counts the pages")
            check(len(rec["provisions"]) == 95, f"{scan}: every layout row once")
            e = run("eval", "--truth", truth, "--got", got)
            total = [l for l in e.stdout.splitlines() if l.startswith("total")][0].split()
            # "total (1 documents) F/N acc R/M acc cer"
            field_acc, row_acc, cer = float(total[4]), float(total[6]), float(total[7])
            print(f"      {scan}: field accuracy {field_acc}, row accuracy {row_acc}, quote CER {cer}")
            check(field_acc >= min_field, f"{scan}: field accuracy >= {min_field}")
            check(row_acc >= min_row, f"{scan}: row accuracy >= {min_row}")
            check(cer <= max_cer, f"{scan}: quote CER <= {max_cer}")
            with open(trace, encoding="utf-8") as f:
                edits = [json.loads(l) for l in f]
            rule_edits = [e for e in edits if e["pack"] is not None]
            check(len(rule_edits) > 0, f"{scan}: the trace records the rule packs' edits")
            check(all("page" in e and "box" in e for e in rule_edits),
                  f"{scan}: every rule edit in the trace carries page and box")


def bad_input():
    with tempfile.TemporaryDirectory() as tmp:
        def expect(args, code, needle, out=None, what=""):
            r = run(*args)
            lines = r.stderr.strip().splitlines()
            check(r.returncode == code, f"{what}: exit {code} (got {r.returncode})")
            check(len(lines) >= 1 and needle in lines[0], f"{what}: message names {needle!r} ({lines[:1]})")
            if out:
                check(not os.path.exists(out), f"{what}: no output file")

        out = os.path.join(tmp, "out.json")
        garbage = os.path.join(tmp, "garbage.bin")
        with open(garbage, "wb") as f:
            f.write(bytes(range(256)) * 40)
        letter = os.path.join(tmp, "letter.txt")
        with open(letter, "w") as f:
            f.write("Dear Sir,\nThank you for your letter of 3 May.\nYours faithfully,\nA. Clerk\n")
        expect(["clean", os.path.join(tmp, "missing.txt"), "--format", "json", "-o", out], 2,
               "missing.txt: no such file", out, "clean: missing file")
        expect(["clean", garbage, "--format", "json", "-o", out], 2, "no sheet found", out,
               "clean: binary garbage")
        expect(["clean", letter, "--format", "json", "-o", out], 2, "letter.txt: no sheet found", out,
               "clean: another kind of document")
        expect(["convert", garbage, "-o", out], 2, "garbage.bin", out, "convert: not a scan")
        packs = os.path.join(tmp, "packs")
        os.mkdir(packs)
        with open(os.path.join(packs, "bad.toml"), "w") as f:
            f.write('[pack]\nname = "bad"\n\n[[rule]]\nid = "x"\nstage = "words"\nscope = "line"\n'
                    "match = '\\bAgr(ee'\nreplace = 'y'\nexamples = [[\"a\", \"b\"]]\nkeeps = [\"c\"]\n")
        seed = os.path.join(FIX, "golden", "nagorno-karabakh-1993.ocr.txt")
        expect(["clean", seed, "--format", "json", "--rules", packs, "-o", out], 4, "bad.toml:8:9:", out,
               "clean: bad rule pack points at file:line")
        expect(["convert", os.path.join(FIX, "scans", "pax-1440-bad.pdf"), "--rules", packs, "-o", out], 4,
               "bad.toml:8:9:", out, "convert: bad rule pack fails before OCR")
        expect(["clean", seed, "--format", "json", "--strict", "-o", out], 2, "--strict", out,
               "clean --strict: a repair is an error")
        before = hashlib.sha256(open(seed, "rb").read()).hexdigest()
        run("clean", seed, "--format", "json", "-o", os.path.join(tmp, "ok.json"))
        check(hashlib.sha256(open(seed, "rb").read()).hexdigest() == before, "input unchanged")


{"golden": golden, "convert": convert, "bad-input": bad_input}[sys.argv[1]]()
finish()
