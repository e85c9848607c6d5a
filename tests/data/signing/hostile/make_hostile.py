#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile PDFs for the validator: each must give a clear verdict, never a crash
or a stall (tests/signing/tst_hostilepdf.cpp, bench/validate.sh).

    make_hostile.py OUTDIR [--small-only]

Small files (committed beside this script, regenerated identically):
  byterange-huge-offset.pdf   /ByteRange [0 10 9223372036854775000 100]
  byterange-sum-overflow.pdf  /ByteRange [0 10 20 9223372036854775800]
  byterange-negative.pdf      /ByteRange [0 -5 -10 -20]
  byterange-real-huge.pdf     /ByteRange [0 1e300 2e300 1e308]
  xref-huge-subsection.pdf    xref subsection "9223372036854775000 3"
  xref-negative-offset.pdf    xref entry offsets -5 and 99999999999999999
  stream-huge-length.pdf      /Length 9223372036854775000
  objstm-huge-offset.pdf      the catalog in an object stream: header "1 9223372036854775000", huge /N
  nesting-deep.pdf            [[[[... 10 000 deep
Big files (made at test time; the tests and the benchmark call this script):
  dict-100k.pdf               a catalog with 100 000 keys
  fields-20k.pdf              20 000 empty signature fields (widgets on page 1)
  sigs-20k.pdf                20 000 signature fields that all have a value
  objstm-bomb.pdf             the catalog and pages in object streams that inflate
                              to 3 x 256 MB (each stream references the next by /Extends)
"""
import os
import sys
import zlib

PAGE_CONTENT = b"BT /F1 24 Tf 72 720 Td (Hostile test) Tj ET"


def build(objects, root=1, extra_trailer=b"", xref_override=None):
    """objects: list of (num, bytes body). Classic xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num, body in objects:
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    size = max(offsets) + 1
    xref = len(out)
    if xref_override is not None:
        out += xref_override
    else:
        out += b"xref\n0 %d\n0000000000 65535 f\r\n" % size
        for n in range(1, size):
            if n in offsets:
                out += b"%010d 00000 n\r\n" % offsets[n]
            else:
                out += b"0000000000 65535 f\r\n"
    out += b"trailer\n<</Size %d/Root %d 0 R%s>>\nstartxref\n%d\n%%%%EOF\n" % (size, root, extra_trailer, xref)
    return bytes(out)


def build_xref_stream(plain, compressed, root=1):
    """plain: list of (num, body); compressed: {num: (object stream, index)}. Cross-reference
    stream with /W [1 4 1] as the last object."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num, body in plain:
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xnum = max(list(offsets) + list(compressed)) + 1
    offsets[xnum] = len(out)
    rows = bytearray()
    for n in range(0, xnum + 1):
        if n in compressed:
            rows += bytes([2]) + compressed[n][0].to_bytes(4, "big") + bytes([compressed[n][1]])
        elif n in offsets:
            rows += bytes([1]) + offsets[n].to_bytes(4, "big") + b"\x00"
        else:
            rows += b"\x00\x00\x00\x00\x00\x00"
    data = zlib.compress(bytes(rows))
    out += (b"%d 0 obj\n<</Type/XRef/Size %d/W[1 4 1]/Root %d 0 R/Filter/FlateDecode/Length %d>>\nstream\n"
            % (xnum, xnum + 1, root, len(data)) + data + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n"
            % offsets[xnum])
    return bytes(out)


def basic(catalog_extra=b"", page_extra=b"", more=()):
    content = b"<</Length %d>>\nstream\n" % len(PAGE_CONTENT) + PAGE_CONTENT + b"\nendstream"
    objs = [
        (1, b"<</Type/Catalog/Pages 2 0 R" + catalog_extra + b">>"),
        (2, b"<</Type/Pages/Kids[3 0 R]/Count 1>>"),
        (3, b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
            b"/Resources<</Font<</F1 5 0 R>>>>" + page_extra + b">>"),
        (4, content),
        (5, b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"),
    ]
    objs += list(more)
    return objs


def signed_like(byterange):
    """A signature field whose value has the given /ByteRange (and a dummy /Contents)."""
    sig = (b"<</Type/Sig/Filter/Adobe.PPKLite/SubFilter/ETSI.CAdES.detached/ByteRange" + byterange
           + b"/Contents<" + b"00" * 64 + b">/M(D:20250101000000+07'00')>>")
    objs = basic(catalog_extra=b"/AcroForm<</Fields[6 0 R]/SigFlags 3>>", page_extra=b"/Annots[6 0 R]",
                 more=[(6, b"<</Type/Annot/Subtype/Widget/FT/Sig/T(Sig1)/Rect[0 0 0 0]/P 3 0 R/V 7 0 R>>"),
                       (7, sig)])
    return build(objs)


def small_files():
    files = {}
    files["byterange-huge-offset.pdf"] = signed_like(b"[0 10 9223372036854775000 100]")
    files["byterange-sum-overflow.pdf"] = signed_like(b"[0 10 20 9223372036854775800]")
    files["byterange-negative.pdf"] = signed_like(b"[0 -5 -10 -20]")
    files["byterange-real-huge.pdf"] = signed_like(b"[0 1e300 2e300 1e308]")
    files["xref-huge-subsection.pdf"] = build(
        basic(), xref_override=b"xref\n9223372036854775000 3\n0000000000 65535 f\r\n0000000000 65535 f\r\n"
        b"0000000000 65535 f\r\n")
    files["xref-negative-offset.pdf"] = build(
        basic(), xref_override=b"xref\n0 6\n0000000000 65535 f\r\n-000000005 00000 n\r\n99999999999999999 00000 n\r\n"
        b"0000000015 00000 n\r\n9223372036854775807 00000 n\r\n0000000000 65535 f\r\n")
    objs = basic()
    objs[3] = (4, b"<</Length 9223372036854775000>>\nstream\n" + PAGE_CONTENT + b"\nendstream")
    files["stream-huge-length.pdf"] = build(objs)
    # The catalog (1) in object stream 6, whose header has an overflowing offset and /N.
    header = b"1 9223372036854775000 "
    stm = zlib.compress(header + b"<</Type/Catalog/Pages 2 0 R>>")
    plain = [o for o in basic() if o[0] != 1]
    plain.append((6, b"<</Type/ObjStm/N 9223372036854775000/First %d/Filter/FlateDecode/Length %d>>\nstream\n"
                  % (len(header), len(stm)) + stm + b"\nendstream"))
    files["objstm-huge-offset.pdf"] = build_xref_stream(plain, {1: (6, 0)})
    depth = 10000
    files["nesting-deep.pdf"] = build(basic(catalog_extra=b"/Deep " + b"[" * depth + b"]" * depth))
    return files


def dict_100k():
    keys = b"".join(b"/K%06d %d" % (i, i) for i in range(100000))
    return build(basic(catalog_extra=keys))


def fields_20k(with_values):
    n = 20000
    first = 10
    more = []
    refs = b" ".join(b"%d 0 R" % (first + i) for i in range(n))
    for i in range(n):
        value = b"/V %d 0 R" % (first + n) if with_values else b""
        more.append((first + i, b"<</Type/Annot/Subtype/Widget/FT/Sig/T(S%d)/Rect[0 0 0 0]/F 2/P 3 0 R%s>>" % (i, value)))
    if with_values:
        more.append((first + n, b"<</Type/Sig/Filter/Adobe.PPKLite/SubFilter/ETSI.CAdES.detached"
                                b"/ByteRange[0 10 20 30]/Contents<00>>>"))
    objs = basic(catalog_extra=b"/AcroForm<</Fields[" + refs + b"]>>", page_extra=b"/Annots[" + refs + b"]",
                 more=more)
    return build(objs)


def bomb_stream(payload_first, objects_text, padding):
    """An object stream whose header and objects follow `padding` bytes of spaces."""
    comp = zlib.compressobj(9)
    chunks = []
    header = payload_first
    # /First points after the padding; offsets in the header are relative to /First.
    chunks.append(comp.compress(header))
    block = b" " * (1 << 20)
    for _ in range(padding // len(block)):
        chunks.append(comp.compress(block))
    chunks.append(comp.compress(objects_text))
    chunks.append(comp.flush())
    return b"".join(chunks), len(header) + (padding // len(block)) * len(block)


def objstm_bomb():
    pad = 256 << 20
    # Object stream 10 holds the catalog (1), 11 the pages tree (2), 12 the page (3).
    streams = []
    texts = [
        (1, b"<</Type/Catalog/Pages 2 0 R>>"),
        (2, b"<</Type/Pages/Kids[3 0 R]/Count 1>>"),
        (3, b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>"),
    ]
    for i, (num, text) in enumerate(texts):
        data, first = bomb_stream(b"%d 0 " % num, text, pad)
        extends = b"/Extends %d 0 R" % (11 + i) if i < 2 else b""
        streams.append((10 + i, b"<</Type/ObjStm/N 1/First %d%s/Filter/FlateDecode/Length %d>>\nstream\n"
                        % (first, extends, len(data)) + data + b"\nendstream"))
    content = b"<</Length %d>>\nstream\n" % len(PAGE_CONTENT) + PAGE_CONTENT + b"\nendstream"
    return build_xref_stream([(4, content)] + streams, {1: (10, 0), 2: (11, 0), 3: (12, 0)})


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    files = small_files()
    if "--small-only" not in sys.argv:
        files["dict-100k.pdf"] = dict_100k()
        files["fields-20k.pdf"] = fields_20k(False)
        files["sigs-20k.pdf"] = fields_20k(True)
        files["objstm-bomb.pdf"] = objstm_bomb()
    for name, data in files.items():
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
