#!/usr/bin/python3
"""Makes a synthetic scanned coding-sheet page for the OCR tests and benchmarks.

  make_scan.py OUT.png [--dpi 300] [--rotate DEG] [--page N] [--noise]

Draws a PA-X-style two-column table (label | value) with printed rules on a US Letter
page at DPI, as an 8-bit gray PNG that records its resolution. --rotate skews the page
(degrees, counter-clockwise positive as in PIL), --page N varies the text per page so
multi-page outputs can be checked for page order ("Page N" heading), --noise adds
speckle and a dark scanner edge. Deterministic: the same arguments give the same image.
Turn it into a PDF with: img2pdf OUT.png -o OUT.pdf
"""
import argparse
import random

from PIL import Image, ImageDraw, ImageFont

ROWS = [
    ("Country/entity", "Armenia Azerbaijan Nagorno-Karabakh"),
    ("Region", "Europe and Eurasia"),
    ("Agreement name", "Bishkek Protocol"),
    ("Date", "05/05/1994"),
    ("Agreement status", "Multiparty signed/agreed"),
    ("Peace process", "Nagorno-Karabakh peace process"),
    ("Children/youth", "No specific mention."),
    ("Criminal justice and emergency law", "No specific mention."),
    ("Ceasefire", "Ceasefire provision: general commitments to cease fire."),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--rotate", type=float, default=0.0)
    ap.add_argument("--page", type=int, default=1)
    ap.add_argument("--noise", action="store_true")
    a = ap.parse_args()
    s = a.dpi / 300.0
    w, h = int(8.5 * a.dpi), int(11 * a.dpi)
    img = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", int(40 * s))
    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", int(52 * s))
    x0, x1, x2 = int(150 * s), int(950 * s), w - int(150 * s)
    d.text((x0, int(200 * s)), "Page %d Agreement coding sheet" % a.page, font=bold, fill=0)
    y = int(400 * s)
    row_h = int(120 * s)
    line = max(2, int(4 * s))
    d.line([(x0, y), (x2, y)], fill=0, width=line)
    top = y
    rows = ROWS[a.page % len(ROWS):] + ROWS[:a.page % len(ROWS)]
    for label, value in rows:
        words = label.split()
        # wrap labels longer than the label column
        lines, cur = [], ""
        for wd in words:
            if d.textlength((cur + " " + wd).strip(), font=font) > x1 - x0 - 40 * s:
                lines.append(cur)
                cur = wd
            else:
                cur = (cur + " " + wd).strip()
        lines.append(cur)
        for i, t in enumerate(lines):
            d.text((x0 + int(20 * s), y + int(30 * s) + i * int(50 * s)), t, font=font, fill=0)
        d.text((x1 + int(20 * s), y + int(30 * s)), value, font=font, fill=0)
        y += row_h + (len(lines) - 1) * int(50 * s)
        d.line([(x0, y), (x2, y)], fill=0, width=line)
    for x in (x0, x1, x2):
        d.line([(x, top), (x, y)], fill=0, width=line)
    if a.noise:
        rnd = random.Random(a.page)
        for _ in range(3000):
            px, py = rnd.randrange(w), rnd.randrange(h)
            d.point((px, py), fill=rnd.randrange(0, 120))
        d.rectangle([(0, 0), (int(25 * s), h)], fill=30)  # scanner edge
    if a.rotate:
        img = img.rotate(a.rotate, resample=Image.BICUBIC, fillcolor=255)
    img.save(a.out, dpi=(a.dpi, a.dpi))


if __name__ == "__main__":
    main()
