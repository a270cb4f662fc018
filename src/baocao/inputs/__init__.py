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

# The decoder (baocao.document, baocao.normalize) is imported where a file is decoded, not here: a
# process that only lists files (a Dask client) does not load the normalizer.
from baocao.errors import LoadError  # re-exported: baocao.inputs.LoadError
from baocao.inputs.formats import load
from baocao.inputs.paths import iter_sources, not_read_message
from baocao.inputs.source import (DOCX_SUFFIXES, HTML_SUFFIXES, IMAGE_SUFFIXES, PDF_SUFFIXES,
                                  SKIP_STAGE, STDIN, STDIN_DOC, TABLE_SUFFIXES, WALK_SUFFIXES,
                                  Loaded, Source)
from baocao.inputs.splitting import STREAM_BYTES, pieces, stream_pieces
from baocao.options import InputOptions  # re-exported: baocao.inputs.InputOptions

__all__ = ["DOCX_SUFFIXES", "HTML_SUFFIXES", "IMAGE_SUFFIXES", "InputOptions", "LoadError",
           "Loaded", "PDF_SUFFIXES", "SKIP_STAGE", "STDIN", "STDIN_DOC", "STREAM_BYTES",
           "Source", "TABLE_SUFFIXES", "WALK_SUFFIXES", "iter_sources", "load",
           "not_read_message", "pieces", "stream_pieces"]
