#!/usr/bin/python3
"""`amend ocr` keeps printed straight and curly quotes apart (ocr/quote_marks.h), with the
real Tesseract on lines rendered here with PIL: DejaVu Sans 9 pt (the font of the
evaluation scans, scripts/fixtures/make_scan.py) at 300 and 200 DPI, and DejaVu Serif.

Checks at 300 DPI: in DejaVu Sans, the quote marks of each line come out in the printed
order and kind; in DejaVu Serif, the printed straight opening quotes (which eng alone reads
as ‘) and the ’ of d’Ivoire. At 200 DPI a 9 pt mark has 6-8 rows, under the classifier's
8-row minimum for most marks: every mark Tesseract's output and ours differ in is one
whose printed kind we chose. Always: with --no-quote-shapes the same words come out,
differing at most in quote marks (the shapes change nothing else).
"""
import os
import re
import sys
import tempfile

from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from testlib import amend, check, finish  # noqa: E402

LINES = ["The 'Abidjan Accord' of 1996 and Côte d’Ivoire.",
         "A short agreement for 'alliance' against the enemy's army.",
         "The ‘Hudna’ (truce) and the “ceasefire” were \"signed\" today.",
         "Delegates of the people’s council met in ‘Oslo’ and 'Paris'."]
QUOTES = "'‘’\"“”`´"


def render(path, font, dpi):
  f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/" + font, round(9 * dpi / 72))
  img = Image.new("L", (int(7 * dpi), int(1.5 * dpi)), 255)
  d = ImageDraw.Draw(img)
  for i, line in enumerate(LINES):
    d.text((int(0.3 * dpi), int((0.2 + 0.25 * i) * dpi)), line, font=f, fill=0)
  img.save(path, dpi=(dpi, dpi))


def quotes(text):
  return "".join(c for c in text if c in QUOTES)


def fold(text):
  return re.sub("[" + QUOTES + "]", "'", text)


def main():
  with tempfile.TemporaryDirectory() as tmp:
    for font in ("DejaVuSans.ttf", "DejaVuSerif.ttf"):
      for dpi in (300, 200):
        png = os.path.join(tmp, "%s-%d.png" % (font, dpi))
        render(png, font, dpi)
        on = amend("ocr", png, "--jobs", "1")
        off = amend("ocr", png, "--jobs", "1", "--no-quote-shapes")
        what = "%s %d DPI" % (font[:-4], dpi)
        if not check(on.returncode == 0 and off.returncode == 0, what + ": amend ocr exits 0"):
          print(on.stderr + off.stderr)
          continue
        got = [l for l in on.stdout.splitlines() if l.strip()]
        print("  shapes:    " + " | ".join(got))
        print("  Tesseract: " + " | ".join(l for l in off.stdout.splitlines() if l.strip()))
        check(fold(on.stdout) == fold(off.stdout),
              what + ": the same text with and without --no-quote-shapes but for quote marks")
        if not check(len(got) == len(LINES), what + ": %d lines (got %d)" % (len(LINES), len(got))):
          continue
        if dpi == 200:
          changed = [(a, b, p) for a, b, p in zip(quotes(on.stdout), quotes(off.stdout),
                                                  quotes("".join(LINES))) if a != b]
          check(len(quotes(on.stdout)) == len(quotes(off.stdout)) and
                all(a == p for a, b, p in changed),
                what + ": every changed mark is the printed one (%d changed)" % len(changed))
        elif font == "DejaVuSans.ttf":
          for printed, line in zip(LINES, got):
            check(quotes(line) == quotes(printed),
                  what + ": quote marks %s (printed %s)" % (quotes(line), quotes(printed)))
        else:
          words = on.stdout.split()
          for word in ("'Abidjan", "'alliance", "'Paris", "d’Ivoire"):
            check(any(w.startswith(word[:4]) for w in words),
                  what + ": %s... read with its printed quote mark" % word[:4])
  finish()


if __name__ == "__main__":
  main()
