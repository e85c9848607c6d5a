#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the PDF fixtures of tests/pdf (run from anywhere; needs qpdf).

Hand-written PDFs so that every property the tests check is known exactly:
page sizes in points, the page's own /Rotate, where each word is drawn.
"""
import os
import subprocess
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def pdf_bytes(objects):
    """objects: list of bytes (object bodies, numbered from 1). Object 1 is the catalog."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(data, extra=b""):
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def text_pdf(pages):
    """pages: list of (width, height, rotate, [(x, y, size, text), ...])."""
    n = len(pages)
    # 1 catalog, 2 pages, 3 font, then per page: page object, content stream
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    for i, (w, h, rot, texts) in enumerate(pages):
        content = bytearray(b"0 0 1 RG 4 w 20 20 %d %d re S\n" % (w - 40, h - 40))
        for (x, y, size, t) in texts:
            content += b"BT /F1 %d Tf %d %d Td (%s) Tj ET\n" % (size, x, y, t.encode("latin-1"))
        page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R" % (
            w, h, 5 + 2 * i)
        if rot:
            page += b" /Rotate %d" % rot
        page += b" >>"
        objs.append(page)
        objs.append(stream(bytes(content)))
    return pdf_bytes(objs)


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def main():
    a4 = (595, 842)
    text = text_pdf([
        (a4[0], a4[1], 0, [(72, 760, 24, "Application for a business licence"),
                           (72, 700, 12, "Dossier 000.00.04.H19-230504-0001"),
                           (72, 680, 12, "Applicant: Nguyen Van An, licence category B")]),
        (a4[0], a4[1], 0, [(72, 760, 18, "Page two: no matching word here"),
                           (72, 400, 12, "The receipt is attached.")]),
        # a landscape page
        (a4[1], a4[0], 0, [(72, 500, 18, "Site plan, landscape page"),
                           (72, 300, 12, "Second licence reference: HT-77")]),
    ])
    write("text.pdf", text)
    # a scan delivered sideways: portrait MediaBox shown landscape through /Rotate 90
    write("rotated.pdf", text_pdf([
        (a4[0], a4[1], 90, [(72, 760, 24, "Rotated scan"), (72, 700, 12, "licence")]),
        (a4[0], a4[1], 0, [(72, 760, 24, "Upright page")]),
    ]))
    # zero pages: a valid structure whose page tree is empty
    write("zero-pages.pdf", pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>",
                                       b"<< /Type /Pages /Kids [] /Count 0 >>"]))
    # truncated: the first 60% of text.pdf (no xref, no trailer, no %%EOF)
    write("truncated.pdf", text[: len(text) * 6 // 10])
    # corrupt: complete (header to %%EOF) but garbage in between (deterministic)
    garbage = bytes((i * 131 + 7) % 251 for i in range(4000))
    write("corrupt.pdf", b"%PDF-1.7\n" + garbage + b"\nstartxref\n1234\n%%EOF\n")
    # not a PDF at all
    write("not-a-pdf.pdf", b"PK\x03\x04 this is a zip file, not a PDF\n" * 20)
    # encrypted: user password required to open (AES-256)
    subprocess.run(["qpdf", "--encrypt", "secret-user", "secret-owner", "256", "--",
                    os.path.join(HERE, "text.pdf"), os.path.join(HERE, "encrypted.pdf")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
