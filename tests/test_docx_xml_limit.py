"""The cap on a .docx's expanded XML (``DOCX_XML_BYTES``, 64 MB by default): python-docx holds
about 13 bytes of memory per byte of XML, so a .docx under the size limit (``--max-bytes``) could
take several GB. The cap is made small here rather than the file big."""
from __future__ import annotations

import io
import json
import zipfile

import pytest

from baocao.cli import main
from baocao.errors import LoadError
from baocao.inputs import Source, formats, load

TEXT = "Doanh thu đạt 28 tỷ đồng, tăng 5,6% so với năm 2023."


def _docx(path, paragraphs: int, image_bytes: int = 0) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for _ in range(paragraphs):
        document.add_paragraph(TEXT)
    if image_bytes:   # a PNG with a large chunk of random-looking bytes: binary, not XML
        import random
        import struct
        import zlib

        def chunk(kind: bytes, data: bytes) -> bytes:
            return (struct.pack(">I", len(data)) + kind + data
                    + struct.pack(">I", zlib.crc32(kind + data)))

        raw = zlib.compress(b"\0\0\0\0")
        png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
               + chunk(b"tEXt", b"x\0" + random.Random(1).randbytes(image_bytes))
               + chunk(b"IDAT", raw) + chunk(b"IEND", b""))
        document.add_picture(io.BytesIO(png))
    document.save(str(path))


def _xml_bytes(path) -> int:
    with zipfile.ZipFile(path) as z:
        return sum(i.file_size for i in z.infolist()
                   if not i.filename.endswith((".png", ".jpeg")))   # the picture, the thumbnail


def test_docx_xml_over_the_cap_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "a.docx"
    _docx(path, 2000)
    xml = _xml_bytes(path)
    monkeypatch.setattr(formats, "DOCX_XML_BYTES", xml - 1)
    with pytest.raises(LoadError) as info:
        load(Source(doc="a.docx", path=str(path)))
    assert (info.value.stage, info.value.error) == ("docx", "TooLarge")
    assert f"{xml:,} bytes" in info.value.message and "XML" in info.value.message


def test_docx_xml_under_the_cap_is_read(tmp_path, monkeypatch):
    path = tmp_path / "a.docx"
    _docx(path, 2000)
    monkeypatch.setattr(formats, "DOCX_XML_BYTES", _xml_bytes(path))
    assert load(Source(doc="a.docx", path=str(path))).text.count("28 tỷ đồng") == 2000


def test_docx_images_do_not_count(tmp_path, monkeypatch):
    """A picture's bytes are held as they are: a .docx with little XML and a large image is read."""
    path = tmp_path / "a.docx"
    _docx(path, 3, image_bytes=200_000)
    xml = _xml_bytes(path)
    with zipfile.ZipFile(path) as z:
        assert sum(i.file_size for i in z.infolist()) > xml + 200_000
    monkeypatch.setattr(formats, "DOCX_XML_BYTES", xml)
    assert load(Source(doc="a.docx", path=str(path))).text.count("28 tỷ đồng") == 3


def test_docx_xml_named_as_an_image_counts(tmp_path, monkeypatch):
    """A member typed as XML by [Content_Types].xml counts whatever its name."""
    path = tmp_path / "a.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml",
                   '<Types><Default Extension="png" ContentType="image/png"/>'
                   '<Override PartName="/word/x.png" ContentType="application/'
                   'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                   '</Types>')
        z.writestr("word/x.png", "<w:document>" + " " * 5000 + "</w:document>")
        z.writestr("word/y.png", b"\x89PNG" + b"\0" * 5000)
    monkeypatch.setattr(formats, "DOCX_XML_BYTES", 4096)
    assert formats._docx_xml_size(str(path)) == 5025 + len(
        zipfile.ZipFile(path).read("[Content_Types].xml"))
    with pytest.raises(LoadError) as info:
        load(Source(doc="a.docx", path=str(path)))
    assert info.value.error == "TooLarge"


def test_docx_xml_cap_is_one_error_row(tmp_path, monkeypatch, capsys):
    good, big = tmp_path / "good.docx", tmp_path / "big.docx"
    _docx(good, 3)
    _docx(big, 2000)
    monkeypatch.setattr(formats, "DOCX_XML_BYTES", _xml_bytes(good))
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(good), str(big), "-o", str(out), "-q", "--no-ocr"]) == 1
    errors = [json.loads(line) for line in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert [(e["doc"], e["stage"], e["error"]) for e in errors] == [(str(big), "docx", "TooLarge")]
    assert "MB) on a .docx's XML" in errors[0]["message"]
    assert {json.loads(line)["doc"] for line in out.read_text().splitlines()} == {str(good)}
