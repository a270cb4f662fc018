"""One Source read to text, by format: plain text (decoded), HTML (trafilatura), ``.docx``
(python-docx), PDF and images (:mod:`baocao.pdf`); every failure a :class:`~baocao.errors.LoadError`
with its stage."""
from __future__ import annotations

import os
import re
from typing import Any, Optional, cast

from baocao.core.decoding import binary_kind
from baocao.errors import LoadError
from baocao.inputs.source import (DOCX_SUFFIXES, HTML_SUFFIXES, IMAGE_SUFFIXES, PDF_SUFFIXES,
                                  Loaded, Source, _special, _suffix)
from baocao.options import DEFAULT_MAX_BYTES

def _too_large(size: Optional[int], limit: int) -> LoadError:
    held = f"{size:,} bytes, more" if size is not None else "more bytes"
    return LoadError("read", "TooLarge", f"{held} than the size limit allows ({limit:,} bytes, "
                                         "--max-bytes; 0 for no limit): not read")


def _read_bytes(path: str, limit: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, read no further than `limit` (0: no limit). A device (``/dev/zero``)
    is refused unread; a pipe is read up to the limit."""
    what = _special(path)
    if what is not None and what != "a named pipe (FIFO)":
        raise LoadError("read", "NotAFile", f"{what}, not a file: not read")
    with open(path, "rb") as f:
        if not limit:
            return f.read()
        try:
            size = os.fstat(f.fileno()).st_size
        except OSError:
            size = 0
        if size > limit:
            raise _too_large(size, limit)
        data = f.read(limit + 1)
    if len(data) > limit:
        raise _too_large(None, limit)
    return data


def _lone_surrogates(text: str) -> tuple[str, Optional[str]]:
    """`text` with each lone surrogate (a JSON ``"\\ud800"``, no character at all) replaced by
    U+FFFD, one for one so that offsets stay, and the note that says how many; or `text` as it
    is and None."""
    try:
        text.encode("utf-8")
        return text, None
    except UnicodeEncodeError:
        pass
    import regex

    fixed, n = regex.subn(r"[\ud800-\udfff]", "\ufffd", text)
    return fixed, f"{n} lone surrogate{'s' * (n != 1)} replaced by U+FFFD"


def _decode_text(data: bytes, name: str) -> Loaded:
    from baocao.core.decoding import DecodeError, decode_report

    what = binary_kind(data)
    if what:
        raise LoadError("decode", "BinaryFile", f"binary file ({what}), not text")
    try:
        decoded = decode_report(data, name)
    except DecodeError as exc:
        msg = str(exc)
        prefix = f"{name}: "
        raise LoadError("decode", "DecodeError",
                        msg[len(prefix):] if msg.startswith(prefix) else msg) from None
    meta: dict[str, Any] = {"format": "txt", "encoding": decoded.encoding,
                            "decoding": decoded.note}
    if decoded.replaced:   # the note's last part says how many and where
        meta["warnings"] = [decoded.note.rsplit("; ", 1)[-1]]
    return Loaded(decoded.text, meta)


def _optional(module: str, stage: str, needed_for: str, extra: str) -> Any:
    """Import an optional dependency, or raise the LoadError that says which extra installs it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise LoadError(stage, "MissingDependency",
                        f"{needed_for} needs {extra}: pip install 'baocao[{stage}]' ({exc})"
                        ) from None


def _load_html(data: bytes) -> Loaded:
    trafilatura = _optional("trafilatura", "html", "reading HTML", "trafilatura")
    result = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                         include_tables=True)
    body = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if not body:
        raise LoadError("html", "NoArticle", "no article text found in the HTML page")
    title = (getattr(result, "title", None) or "").strip()
    text = body if not title or body.startswith(title) else f"{title}\n\n{body}"
    meta = {"format": "html", "title": title or None,
            "date": getattr(result, "date", None) or None}
    return Loaded(text, meta)


# A zip archive (.docx) whose members expand past this many bytes at a ratio above _ZIP_RATIO
# is a decompression bomb: refused before it is opened, as is one whose members expand past the
# size limit (max_bytes). The sizes are those the archive declares: Python's zipfile never gives
# more bytes of a member than its declared size.
_ZIP_BYTES = 256 << 20
_ZIP_RATIO = 100


def _check_zip(path: str, stage: str, limit: int = DEFAULT_MAX_BYTES) -> None:
    import zipfile

    try:
        if limit and os.path.getsize(path) > limit:
            raise _too_large(os.path.getsize(path), limit)
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # the reader says what is wrong with it
    packed = sum(i.compress_size for i in infos)
    size = sum(i.file_size for i in infos)
    if limit and size > limit:
        raise LoadError(stage, "DecompressionBomb",
                        f"a zip archive of {packed:,} bytes whose members expand to {size:,}, "
                        f"more than the size limit of {limit:,} bytes (--max-bytes): not read")
    if size > _ZIP_BYTES and size > _ZIP_RATIO * max(packed, 1):
        raise LoadError(stage, "DecompressionBomb",
                        f"a zip archive of {packed:,} bytes that expands to {size:,} "
                        "(a decompression bomb): not read")


#: A .docx whose XML parts expand past this many bytes (64 MB) is refused (``docx``,
#: ``TooLarge``), whatever ``--max-bytes`` says: python-docx holds about 13 bytes of memory per
#: byte of XML it parses (64 MB of XML: about 0.8 GB more), so a .docx just under the default
#: size limit would take several GB. Parts ``[Content_Types].xml`` types as something other than
#: XML (images) are held as they are and not counted.
DOCX_XML_BYTES = 64 << 20
_TYPES_MOST = 1 << 20   # a [Content_Types].xml larger than this is not read: every part counts
_TYPE_ATTRS = re.compile(r'<(Default|Override)\b([^>]*)>')
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')


def _docx_xml_size(path: str) -> int:
    """How many bytes the XML parts of the .docx at `path` expand to (their declared sizes): every
    member but those ``[Content_Types].xml`` gives a type not ending in ``xml``."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            types = next((i for i in infos if i.filename == "[Content_Types].xml"), None)
            listing = (z.read(types).decode("utf-8", "replace")
                       if types is not None and types.file_size <= _TYPES_MOST else "")
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError):
        return 0  # the reader says what is wrong with it
    by_ext: dict[str, str] = {}
    by_part: dict[str, str] = {}
    for tag, attrs in _TYPE_ATTRS.findall(listing):
        a = dict(_ATTR.findall(attrs))
        kind = a.get("ContentType", "").lower()
        if tag == "Default" and "Extension" in a:
            by_ext[a["Extension"].lower()] = kind
        elif tag == "Override" and "PartName" in a:
            by_part[a["PartName"].lower()] = kind
    size = 0
    for info in infos:
        name = info.filename.lower()
        kind = by_part.get("/" + name, by_ext.get(name.rsplit(".", 1)[-1], "xml"))
        if kind.endswith("xml"):
            size += info.file_size
    return size


def _load_docx(path: str, limit: int = DEFAULT_MAX_BYTES) -> Loaded:
    docx = _optional("docx", "docx", "reading .docx", "python-docx")
    what = _special(path)
    if what is not None:
        raise LoadError("read", "NotAFile", f"{what}, not a file: not read")
    _check_zip(path, "docx", limit)
    xml = _docx_xml_size(path)
    if xml > DOCX_XML_BYTES:
        raise LoadError("docx", "TooLarge",
                        f"a .docx whose XML expands to {xml:,} bytes, more than the limit of "
                        f"{DOCX_XML_BYTES:,} bytes ({DOCX_XML_BYTES >> 20} MB) on a .docx's XML "
                        "(about 13 bytes of memory each): not read")
    try:
        document = docx.Document(path)
    except Exception as exc:  # python-docx raises zipfile, KeyError, lxml errors on bad files
        raise LoadError("docx", type(exc).__name__, f"not a readable .docx file: {exc}") from None
    parts: list[str] = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):  # a table: one line per row, cells separated by tabs
            for row in block.rows:
                parts.append("\t".join(cell.text for cell in row.cells))
        else:
            parts.append(block.text)
    return Loaded("\n".join(parts), {"format": "docx",
                                     "title": document.core_properties.title or None})


def _load_pdf(data: bytes, ocr: Optional[str], ocr_timeout: Optional[float]) -> Loaded:
    from baocao.pdf import page_ranges, read_pdf

    pdf = read_pdf(data, ocr=ocr, ocr_timeout=ocr_timeout)
    meta = {"format": "pdf", "title": pdf.title, "pages": len(pdf.pages),
            "pages_without_text": page_ranges(pdf.without_text) or None,
            "ocr_pages": page_ranges(pdf.recognized) or None}
    return Loaded(pdf.text, meta)


def _load_image(data: bytes, ocr: Optional[str], ocr_timeout: Optional[float]) -> Loaded:
    if not ocr:
        raise LoadError("ocr", "NeedsOcr", "an image: its text is read by OCR (--ocr tesseract; "
                                           "ocr='tesseract' in Python)")
    from baocao.pdf import ocr_image

    return Loaded(ocr_image(data, timeout=ocr_timeout),
                  {"format": "image", "pages": 1, "ocr_pages": "1"})


def load(source: Source, ocr: Optional[str] = None, ocr_timeout: Optional[float] = None,
         max_bytes: int = DEFAULT_MAX_BYTES) -> Loaded:
    """Return the text of one Source; raise :class:`LoadError` (stage, error, message) otherwise.

    ``ocr="tesseract"`` recognizes the pages of a PDF that have no text layer, each in at most
    `ocr_timeout` seconds (None or 0: no limit). A file is read no further than `max_bytes` (0:
    no limit), a ``.docx`` refused when its members expand to more; a device is refused unread.
    Text given with lone surrogates (JSON's ``"\\ud800"``) has each replaced by U+FFFD; a table
    row's invalid bytes replaced (:attr:`Source.note`) are noted as a file's are."""
    if source.error is not None:
        raise LoadError(*source.error)
    if source.text is not None:
        text, note = _lone_surrogates(source.text)
        meta: dict[str, Any] = {"format": source.format or "text"}
        notes = [n for n in (source.note, note) if n is not None]
        if notes:
            meta["decoding"] = "; ".join(notes)
            meta["warnings"] = notes
        loaded = Loaded(text, meta)
    else:
        name = source.doc if source.doc is not None else "<bytes>"
        if source.data is not None:
            data = source.data
            suffix = ""
        else:
            path = cast(str, source.path)   # a Source without text or data names a file
            suffix = _suffix(path)
            if suffix in DOCX_SUFFIXES:
                if not os.path.exists(path):
                    raise LoadError("read", "FileNotFoundError",
                                    "no such file (it vanished after the run started)")
                loaded = _load_docx(path, max_bytes)
                return _check_empty(loaded, "docx")
            try:
                data = _read_bytes(path, max_bytes)
            except FileNotFoundError:
                raise LoadError("read", "FileNotFoundError",
                                "broken symbolic link (its target does not exist)"
                                if os.path.islink(path) else
                                "no such file (it vanished after the run started)") from None
            except IsADirectoryError:
                raise LoadError("read", "IsADirectoryError", "a folder, not a file") from None
            except OSError as exc:
                raise LoadError("read", type(exc).__name__, exc.strerror or str(exc)) from None
        if not data.strip():
            raise LoadError("read", "EmptyFile",
                            "empty file" if not data else "file holds only whitespace")
        if suffix in IMAGE_SUFFIXES:
            return _check_empty(_load_image(data, ocr, ocr_timeout), "ocr")
        if suffix in PDF_SUFFIXES or (data.startswith(b"%PDF-") and source.path is None):
            return _check_empty(_load_pdf(data, ocr, ocr_timeout), "pdf")
        if suffix in HTML_SUFFIXES:
            what = binary_kind(data)
            if what:
                raise LoadError("decode", "BinaryFile", f"binary file ({what}), not HTML")
            return _load_html(data)
        loaded = _decode_text(data, name)
    return _check_empty(loaded, "read")


def _check_empty(loaded: Loaded, stage: str) -> Loaded:
    if not loaded.text.strip():
        raise LoadError(stage, "EmptyDocument", "no text in the document")
    return loaded
