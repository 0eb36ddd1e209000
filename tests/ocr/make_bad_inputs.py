#!/usr/bin/python3
"""Writes the hand-made bad inputs of the OCR tests into DIR (at test time, not committed).

  make_bad_inputs.py DIR

  zero-pages.pdf  a well-formed PDF whose page tree is empty (/Count 0)
  bomb.png        a valid 40000x40000 1-bit PNG (1.6 Gpixel, ~200 KB compressed):
                  decoding it would need 1.6 GB as 8-bit gray
"""
import struct
import sys
import zlib


def zero_page_pdf():
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb_png(size=40000):
    ihdr = struct.pack(">IIBBBBB", size, size, 1, 0, 0, 0, 0)  # 1-bit grayscale
    comp = zlib.compressobj(9)
    row = b"\x00" + b"\xff" * (size // 8)  # filter byte + a white row
    idat = bytearray()
    for _ in range(size):
        idat += comp.compress(row)
    idat += comp.flush()
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", bytes(idat)) +
            png_chunk(b"IEND", b""))


def main():
    d = sys.argv[1]
    with open(d + "/zero-pages.pdf", "wb") as f:
        f.write(zero_page_pdf())
    with open(d + "/bomb.png", "wb") as f:
        f.write(bomb_png())


if __name__ == "__main__":
    main()
