"""Inputs of a batch run: paths, folders and glob patterns expanded to documents, each loaded to text.

:func:`iter_sources` turns command-line arguments into a stream of :class:`Source` objects, in the
order given, folders walked recursively in sorted order, duplicates dropped (the first occurrence
wins). It never raises for a bad argument: a path that does not exist or a table row that cannot be
parsed becomes a Source whose ``error`` says why, so it takes its place in the output order and
appears in the errors table.

:func:`load` reads one Source to text. Formats, by suffix:

- ``.txt`` and any file named explicitly with another suffix: :func:`baocao.document.decode`;
- ``.html``/``.htm``: the article (title, body, publication date) found by trafilatura (extra
  ``baocao[html]``);
- ``.docx``: paragraphs and tables (cells joined by tabs) in document order, by python-docx (extra
  ``baocao[docx]``);
- ``.pdf``: the text layer page by page, pages separated by form feeds, footnote markers as
  superscript digits (:mod:`baocao.pdf`, extra ``baocao[pdf]``); pages without a text layer are
  recognized by Tesseract with ``ocr="tesseract"``;
- ``.jsonl``/``.csv`` with ``text_column``: one document per row, ``id_column`` naming it.

Every failure raises :class:`LoadError` with a ``stage`` (``input``, ``read``, ``decode``, ``html``,
``docx``, ``pdf``, ``ocr``, ``table``) and a message naming the problem; the batch engine adds the
document name.

A file found in a folder that is not read (a format baocao does not read: ``.md``, ``.xlsx``,
images, …) is not passed over in silence: it becomes a Source whose error has stage ``skip``
(error ``NotRead``), counted and listed apart from the errors. Not listed: hidden files and
folders (names starting with ``.``), and ``.jsonl``/``.csv`` files without ``text_column`` (a
table of results beside the documents is not a pile of documents). ``include`` and
``exclude_globs`` (glob patterns matched against a file's path below the folder and against its
name) choose what a folder gives: with ``include``, the files that match one of them (read as text
when their format is not one of the above), else the files of the formats above; never one that
matches ``exclude_globs``.

>>> src = Source(doc="note", text="vốn 28 tỷ đồng")
>>> load(src).text
'vốn 28 tỷ đồng'
"""
from __future__ import annotations

import codecs
import csv
import fnmatch
import glob
import unicodedata
import io
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional

import regex

from baocao.errors import LoadError  # re-exported: baocao.inputs.LoadError
from baocao.options import InputOptions  # re-exported: baocao.inputs.InputOptions

# The decoder (baocao.document, baocao.normalize) is imported where a file is decoded, not here: a
# process that only lists files (a Dask client) does not load the normalizer.

HTML_SUFFIXES = frozenset({".html", ".htm"})
DOCX_SUFFIXES = frozenset({".docx"})
PDF_SUFFIXES = frozenset({".pdf"})
TABLE_SUFFIXES = frozenset({".jsonl", ".csv"})
# Suffixes picked up when walking a folder. Tables only count with --text-column: without it a
# results.csv lying in an archive folder is not a pile of documents.
WALK_SUFFIXES = frozenset({".txt"}) | HTML_SUFFIXES | DOCX_SUFFIXES | PDF_SUFFIXES
# The stage of the row of a file found in a folder and not read (see the module's docstring).
SKIP_STAGE = "skip"
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".bmp", ".webp"})
STDIN = "-"
STDIN_DOC = "<stdin>"

# Magic numbers of the binary files that end up renamed .txt in real archives. Checked before
# decoding, because a permissive legacy-encoding decoder would otherwise turn them into "text".
_MAGIC = (
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "zip archive (or .docx/.xlsx renamed)"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document (.doc/.xls)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
)


@dataclass(frozen=True)
class Source:
    """One document to process.

    ``doc`` is the identifier written to every record (a path as given, ``path#row`` or the
    ``id_column`` value for table rows, ``<stdin>``). A file is loaded lazily from ``path`` (in the
    worker); a table row or stdin carries its ``text``. ``error`` marks an input that failed before
    loading (a missing path, a bad table row): its (stage, error, message).
    """

    doc: str
    path: Optional[str] = None
    text: Optional[str] = None
    data: Optional[bytes] = None
    error: Optional[tuple[str, str, str]] = None
    size: int = field(default=0, compare=False)
    format: Optional[str] = field(default=None, compare=False)  # "row" for a table row


@dataclass(frozen=True)
class Loaded:
    """The text of one document and what the loader learnt about it: ``format`` (``txt``,
    ``html``, ``docx``, ``row``, ``text``), ``encoding`` and ``decoding`` (for decoded bytes),
    ``title``, ``date`` (HTML pages)."""

    text: str
    meta: dict = field(default_factory=dict)


def _suffix(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def _is_glob(arg: str) -> bool:
    return any(c in arg for c in "*?[")


def _matches(rel: str, patterns) -> bool:
    rel = rel.replace(os.sep, "/")
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(rel, p) or fnmatch.fnmatchcase(name, p) for p in patterns)


def _choose(rel: str, options: InputOptions, wanted: frozenset) -> Optional[bool]:
    """True: read the file; False: list it as not read; None: leave it out (the patterns say so,
    or it is hidden)."""
    if options.exclude_globs and _matches(rel, options.exclude_globs):
        return None
    if options.include:
        return True if _matches(rel, options.include) else None
    if _suffix(rel) in wanted or (options.images and _suffix(rel) in IMAGE_SUFFIXES):
        return True
    if _suffix(rel) in TABLE_SUFFIXES:   # results tables beside documents: not documents
        return None
    hidden = any(part.startswith(".") and part not in (".", "..")
                 for part in rel.replace(os.sep, "/").split("/"))
    return None if hidden else False


def not_read_message(name: str, options: InputOptions = InputOptions()) -> str:
    """Why a file found in a folder is not read.

    >>> not_read_message("a/b.xlsx")
    "not read: .xlsx is not a format baocao reads (.txt, .html, .docx, .pdf; .jsonl and .csv with --text-column); --include '*.xlsx' reads such files as text"
    """
    suffix = _suffix(name)
    if suffix in TABLE_SUFFIXES:
        return f"not read: a {suffix} table is read with --text-column (the column holding the text)"
    if suffix in IMAGE_SUFFIXES:
        return "not read: an image; --ocr tesseract recognizes the text of scanned pages"
    what = suffix or "a file without a suffix"
    hint = f"; --include '*{suffix}' reads such files as text" if suffix else ""
    return (f"not read: {what} is not a format baocao reads (.txt, .html, .docx, .pdf; "
            f".jsonl and .csv with --text-column){hint}")


def _walk(real_dir: str, shown_dir: str, choose, seen_dirs: set,
          rel_dir: str = "") -> Iterator[tuple[str, str, bool]]:
    """Yield (shown path, real path, read) of the files under a folder, depth first, sorted by
    name: read True for a file to read, False for one to list as not read (``choose(rel)``, with
    `rel` the path below the walked folder, says which, or None to leave it out).

    Files and folders are sorted together, which gives the order of ``sorted(Path(top).rglob(...))``.
    Symlinked folders are followed; a folder already visited (same device and inode) is skipped, so
    a symlink loop ends instead of recursing forever.
    """
    try:
        st = os.stat(real_dir)
    except OSError:
        return
    key = (st.st_dev, st.st_ino)
    if key in seen_dirs:
        return
    seen_dirs.add(key)
    try:
        with os.scandir(real_dir) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError:
        return
    for e in entries:
        shown = os.path.join(shown_dir, e.name)
        rel = f"{rel_dir}/{e.name}" if rel_dir else e.name
        link = False
        try:
            link = e.is_symlink()
            is_dir = e.is_dir()  # follows symlinks
        except OSError:  # a link that loops onto itself
            is_dir = False
        if is_dir:
            yield from _walk(os.path.realpath(e.path) if link else e.path, shown, choose,
                             seen_dirs, rel)
            continue
        read = choose(rel)
        if read is None:
            continue
        try:
            is_file = e.is_file()
        except OSError:
            is_file = False
        if is_file:
            yield shown, (os.path.realpath(e.path) if link else e.path), read
        elif link and read:  # a broken or looping link named like a document: report it
            yield shown, e.path, read


def _show(arg: str) -> str:
    """How a path argument is written in ``doc``: as pathlib prints it (``a/b/`` → ``a/b``)."""
    return str(Path(arg))


def iter_sources(args: Iterable[str], options: InputOptions = InputOptions(),
                 stdin: Optional[IO[bytes]] = None, rows: bool = True) -> Iterator[Source]:
    """Yield the documents named by `args` (files, folders, glob patterns, ``-``), deduplicated.

    With ``rows=False`` a table file is one Source (its path) instead of one per row: enough to
    add up input sizes without parsing the tables.

    >>> [s.doc for s in iter_sources(["tests/corpus/000_2091ac59a1d652e0.txt", "tests/corpus"])][:2]
    ['tests/corpus/000_2091ac59a1d652e0.txt', 'tests/corpus/001_045948c02f9f6eb6.txt']
    """
    wanted = WALK_SUFFIXES | (TABLE_SUFFIXES if options.text_column else frozenset())
    seen_files: set[int] = set()  # hash of real path: 8 bytes a file, not the whole string
    seen_dirs: set[tuple[int, int]] = set()
    seen_docs: set[int] = set()  # table rows and stdin, by doc

    def choose(rel: str) -> Optional[bool]:
        return _choose(rel, options, wanted)

    def emit_file(shown: str, real: str, read: bool = True) -> Iterator[Source]:
        h = hash(real)
        if h in seen_files or real in options.exclude:
            return
        seen_files.add(h)
        if not read:
            yield Source(doc=shown, path=shown, error=(SKIP_STAGE, "NotRead",
                                                       not_read_message(shown, options)))
        elif _suffix(shown) in TABLE_SUFFIXES and options.text_column and rows:
            yield from _table_rows(shown, options, seen_docs)
        else:
            yield Source(doc=shown, path=shown)

    for arg in args:
        if arg == STDIN:
            yield from _stdin_sources(stdin, options, seen_docs)
            continue
        if os.path.isdir(arg):
            for shown, real, read in _walk(os.path.realpath(arg), _show(arg), choose, seen_dirs):
                yield from emit_file(shown, real, read)
        elif os.path.exists(arg) or os.path.islink(arg):  # a broken link fails on reading
            if _suffix(arg) in TABLE_SUFFIXES and not options.text_column:
                yield Source(doc=_show(arg), error=(
                    "input", "UsageError",
                    f"{_suffix(arg)} input needs --text-column (the column holding the text)"))
                continue
            yield from emit_file(_show(arg), os.path.realpath(arg))
        elif _is_glob(arg):
            matches = sorted(glob.iglob(arg, recursive=True))
            if not matches:
                yield Source(doc=arg, error=("input", "FileNotFoundError",
                                             "no file matches this pattern"))
            for m in matches:
                if os.path.isdir(m):
                    for shown, real, read in _walk(os.path.realpath(m), _show(m), choose,
                                                   seen_dirs):
                        yield from emit_file(shown, real, read)
                elif choose(m) is not None:
                    # a pattern names its files: one of another format is listed as not read
                    yield from emit_file(_show(m), os.path.realpath(m), bool(choose(m)))
        else:
            yield Source(doc=arg, error=("input", "FileNotFoundError",
                                         "no such file or directory"))


def _stdin_sources(stdin: Optional[IO[bytes]], options: InputOptions,
                   seen_docs: set) -> Iterator[Source]:
    stream = stdin if stdin is not None else sys.stdin.buffer
    if options.text_column:  # stdin carries JSONL rows
        text_stream = io.TextIOWrapper(stream, encoding="utf-8", errors="strict", newline="")
        yield from _jsonl_rows(STDIN_DOC, text_stream, options, seen_docs)
    else:
        data = stream.read()
        yield Source(doc=STDIN_DOC, data=data, size=len(data))


def _table_rows(path: str, options: InputOptions, seen_docs: set) -> Iterator[Source]:
    try:
        f = open(path, encoding="utf-8-sig", newline="")
    except OSError as exc:
        yield Source(doc=path, error=("read", type(exc).__name__, exc.strerror or str(exc)))
        return
    with f:
        if _suffix(path) == ".csv":
            yield from _csv_rows(path, f, options, seen_docs)
        else:
            yield from _jsonl_rows(path, f, options, seen_docs)


def _row_source(path: str, n: int, row: dict, options: InputOptions, seen_docs: set,
                ) -> Optional[Source]:
    col, idc = options.text_column, options.id_column
    if idc is not None and row.get(idc) not in (None, ""):
        doc = str(row[idc])
    else:
        doc = f"{path}#{n}"
    h = hash(doc)
    if h in seen_docs:
        return None
    seen_docs.add(h)
    if col not in row:
        return Source(doc=doc, error=("table", "KeyError", f"row has no column {col!r}"))
    text = row[col]
    if text is None:
        text = ""
    if not isinstance(text, str):
        return Source(doc=doc, error=("table", "TypeError",
                                      f"column {col!r} holds {type(text).__name__}, not text"))
    return Source(doc=doc, text=text, size=len(text.encode("utf-8", "surrogatepass")),
                  format="row")


def _jsonl_rows(path: str, f: IO[str], options: InputOptions, seen_docs: set) -> Iterator[Source]:
    n = 0
    while True:
        try:
            line = f.readline()
        except UnicodeDecodeError as exc:
            yield Source(doc=f"{path}#{n + 1}", error=("decode", "DecodeError",
                                                       f"not valid UTF-8: {exc.reason}"))
            return
        if not line:
            return
        n += 1
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            yield Source(doc=f"{path}#{n}", error=("table", "JSONDecodeError", str(exc)))
            continue
        if not isinstance(row, dict):
            yield Source(doc=f"{path}#{n}", error=("table", "TypeError",
                                                   "line is not a JSON object"))
            continue
        src = _row_source(path, n, row, options, seen_docs)
        if src is not None:
            yield src


def _csv_rows(path: str, f: IO[str], options: InputOptions, seen_docs: set) -> Iterator[Source]:
    csv.field_size_limit(2**31 - 1)  # article bodies are longer than csv's 128 KB default
    reader = csv.DictReader(f)
    n = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except (csv.Error, UnicodeDecodeError) as exc:
            yield Source(doc=f"{path}#{n + 1}", error=("table", type(exc).__name__, str(exc)))
            return
        n += 1
        src = _row_source(path, n, row, options, seen_docs)
        if src is not None:
            yield src


# ----------------------------------------------------------------------------------- loading

def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def _sniff_binary(data: bytes) -> Optional[str]:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def _decode_text(data: bytes, name: str) -> Loaded:
    from baocao.document import DecodeError, decode_report

    what = _sniff_binary(data)
    if what:
        raise LoadError("decode", "BinaryFile", f"binary file ({what}), not text")
    try:
        decoded = decode_report(data, name)
    except DecodeError as exc:
        msg = str(exc)
        prefix = f"{name}: "
        raise LoadError("decode", "DecodeError",
                        msg[len(prefix):] if msg.startswith(prefix) else msg) from None
    return Loaded(decoded.text, {"format": "txt", "encoding": decoded.encoding,
                                 "decoding": decoded.note})


def _optional(module: str, stage: str, needed_for: str, extra: str):
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
# is a decompression bomb: refused before it is opened.
_ZIP_BYTES = 256 << 20
_ZIP_RATIO = 100


def _check_zip(path: str, stage: str) -> None:
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # the reader says what is wrong with it
    packed = sum(i.compress_size for i in infos)
    size = sum(i.file_size for i in infos)
    if size > _ZIP_BYTES and size > _ZIP_RATIO * max(packed, 1):
        raise LoadError(stage, "DecompressionBomb",
                        f"a zip archive of {packed:,} bytes that expands to {size:,} "
                        "(a decompression bomb): not read")


def _load_docx(path: str) -> Loaded:
    docx = _optional("docx", "docx", "reading .docx", "python-docx")
    _check_zip(path, "docx")
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


def load(source: Source, ocr: Optional[str] = None, ocr_timeout: Optional[float] = None) -> Loaded:
    """Return the text of one Source; raise :class:`LoadError` (stage, error, message) otherwise.

    ``ocr="tesseract"`` recognizes the pages of a PDF that have no text layer, each in at most
    `ocr_timeout` seconds (None or 0: no limit)."""
    if source.error is not None:
        raise LoadError(*source.error)
    if source.text is not None:
        loaded = Loaded(source.text, {"format": source.format or "text"})
    else:
        name = source.doc
        if source.data is not None:
            data = source.data
            suffix = ""
        else:
            suffix = _suffix(source.path)
            if suffix in DOCX_SUFFIXES:
                if not os.path.exists(source.path):
                    raise LoadError("read", "FileNotFoundError",
                                    "no such file (it vanished after the run started)")
                loaded = _load_docx(source.path)
                return _check_empty(loaded, "docx")
            try:
                data = _read_bytes(source.path)
            except FileNotFoundError:
                raise LoadError("read", "FileNotFoundError",
                                "broken symbolic link (its target does not exist)"
                                if os.path.islink(source.path) else
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
            what = _sniff_binary(data)
            if what:
                raise LoadError("decode", "BinaryFile", f"binary file ({what}), not HTML")
            return _load_html(data)
        loaded = _decode_text(data, name)
    return _check_empty(loaded, "read")


def _check_empty(loaded: Loaded, stage: str) -> Loaded:
    if not loaded.text.strip():
        raise LoadError(stage, "EmptyDocument", "no text in the document")
    return loaded



# ------------------------------------------------------------------------------------ pieces

# Where a piece may end, best first: after a line ending with a full stop; after a line break
# before a line that does not start with a small letter (the normalizer joins a paragraph cut by a
# page break only when the next line starts with one); after any line break; after a space.
_CUTS = (regex.compile(r"(?r)\.[ \t]*\r?\n"), regex.compile(r"(?r)\n(?=[^\s\p{Ll}])"),
         regex.compile(r"(?r)\n"), regex.compile(r"(?r) "))


def _cut(text: str, lo: int, hi: int) -> int:
    """Where to end a piece that starts at `lo` and may run to `hi` (see :func:`pieces`)."""
    for pattern in _CUTS:
        m = pattern.search(text, lo, hi)
        if m is not None and m.end() > lo:
            return m.end()
    return hi


def pieces(text: str, size: int) -> Iterator[tuple[int, str]]:
    """Yield (offset, piece) that tile `text`, each at most `size` characters, cut after a line
    that ends with a full stop.

    No rule reads across such a cut: extractors match within a sentence, the normalizer's
    page-break join needs a line that ends mid-sentence, and its OCR pass already works in
    chunks cut the same way. So the records of the pieces, shifted by their offsets, are those
    of the whole text. A stretch of `size` characters with no such line is cut after a line
    break before a line that starts with a capital, a digit or a mark (a heading, a table row, a
    new paragraph), or else after its last line break or space, where a rule may see less
    context than in the whole.

    >>> list(pieces("Một câu.\\nHai câu.\\nBa", 12))
    [(0, 'Một câu.\\n'), (9, 'Hai câu.\\nBa')]
    """
    start, n = 0, len(text)
    while n - start > size:
        cut = _cut(text, start, start + size)
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


# A .txt file larger than this is decoded piece by piece when it is plain UTF-8 (see
# stream_pieces), so its whole text is never in memory.
STREAM_BYTES = 8 << 20
_BLOCK = 1 << 22


def _streamable(path: str) -> Optional[str]:
    """Return "utf-8" or "utf-8-sig" if the file decodes piece by piece exactly as
    :func:`baocao.document.decode` decodes it whole, else None (one pass, a block at a time).

    That is: valid UTF-8 without NUL bytes, no binary magic or UTF-16 mark at the start, some
    non-space text, and either ASCII throughout or some character that Windows-1252 cannot
    encode (else the whole-file decoder would look for mojibake, which needs the whole text).
    """
    from baocao.normalize.encodings import _as_cp1252

    decoder = codecs.getincrementaldecoder("utf-8")()
    encoding, ascii_only, not_cp1252, blank = "utf-8", True, False, True
    with open(path, "rb") as f:
        first = True
        while True:
            block = f.read(_BLOCK)
            if first:
                if _sniff_binary(block) or block.startswith((codecs.BOM_UTF16_LE,
                                                             codecs.BOM_UTF16_BE)):
                    return None
                if block.startswith(codecs.BOM_UTF8):
                    encoding, block = "utf-8-sig", block[len(codecs.BOM_UTF8):]
                first = False
            if b"\x00" in block:
                return None
            try:
                chunk = decoder.decode(block, final=not block)
            except UnicodeDecodeError:
                return None
            if not block:
                break
            ascii_only = ascii_only and chunk.isascii()
            not_cp1252 = not_cp1252 or (not chunk.isascii() and _as_cp1252(chunk) is None)
            blank = blank and not chunk.strip()
    return encoding if not blank and (ascii_only or not_cp1252) else None


def stream_pieces(source: Source, size: int) -> Optional[tuple[dict, Iterator[tuple[int, str]]]]:
    """For a large plain-UTF-8 .txt file, return (meta, pieces) read and decoded piece by piece,
    each NFC-composed as the whole-file decoder would, cut where :func:`pieces` cuts; else None
    (the document is loaded whole by :func:`load`).

    ``meta`` (format, encoding, decoding) is complete once the pieces are exhausted.
    """
    if source.path is None or source.error is not None or \
            _suffix(source.path) in HTML_SUFFIXES | DOCX_SUFFIXES | PDF_SUFFIXES:
        return None
    try:
        if os.path.getsize(source.path) <= STREAM_BYTES:
            return None
        encoding = _streamable(source.path)
    except OSError:
        return None  # load() reports it
    if encoding is None:
        return None
    note = "UTF-8 with a byte-order mark (dropped)" if encoding == "utf-8-sig" else "UTF-8"
    meta = {"format": "txt", "encoding": encoding, "decoding": note}

    def gen() -> Iterator[tuple[int, str]]:
        offset, buf, composed = 0, "", False
        with open(source.path, encoding=encoding, newline="") as f:
            while True:
                more = f.read(size)
                buf += more
                while len(buf) > size or (not more and buf):
                    cut = _cut(buf, 0, size) if len(buf) > size else len(buf)
                    piece, buf = buf[:cut], buf[cut:]
                    if not piece.isascii() and not unicodedata.is_normalized("NFC", piece):
                        piece, composed = unicodedata.normalize("NFC", piece), True
                    yield offset, piece
                    offset += len(piece)
                if not more:
                    break
        if composed:
            meta["decoding"] = note + "; decomposed letters (NFD) composed to NFC"

    return meta, gen()
