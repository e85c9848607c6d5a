#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes COUNT one-page PDFs of 1-5 MB (a scanned-page-like image of random
bytes, so nothing compresses) into DIR, with a fixed seed."""
import os
import random
import sys


def make_pdf(path, size, rng):
    side = int((size) ** 0.5)
    image = rng.randbytes(side * side)
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q BT /F1 12 Tf 40 40 Td (Ho so so hoa) Tj ET"
    objs = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
        b"/Resources<</XObject<</Im0 5 0 R>>/Font<</F1 6 0 R>>>>>>",
        b"<</Length %d>>\nstream\n" % len(content) + content + b"\nendstream",
        b"<</Type/XObject/Subtype/Image/Width %d/Height %d/ColorSpace/DeviceGray/BitsPerComponent 8/Length %d>>\nstream\n"
        % (side, side, len(image)) + image + b"\nendstream",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f\r\n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n\r\n" % off
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    with open(path, "wb") as f:
        f.write(out)


def main():
    directory, count = sys.argv[1], int(sys.argv[2])
    os.makedirs(directory, exist_ok=True)
    rng = random.Random(20261123)
    for i in range(count):
        make_pdf(os.path.join(directory, "doc%03d.pdf" % i), rng.randint(1_000_000, 5_000_000), rng)


if __name__ == "__main__":
    main()
