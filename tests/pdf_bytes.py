"""PDF files written byte by byte for the tests: objects numbered from 1, an xref table, a trailer."""
from __future__ import annotations


def pdf_objects(objs: list[bytes], trailer: bytes) -> bytes:
    """A PDF of the objects `objs` (object i + 1 is ``objs[i]``) with the trailer dictionary
    `trailer` (``<< /Root 1 0 R … >>``)."""
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n" + trailer + b"\nstartxref\n%d\n%%%%EOF\n" % xref
