"""The options of every layer, frozen, each default defined once, here.

One object per layer, composed upward: :class:`NormalizeOptions` (how a text is normalized),
:class:`ExtractOptions` (which record kinds, normalized how; :func:`baocao.extract` and
:func:`baocao.parse` take it), :class:`InputOptions` (how arguments become documents) and
:class:`BatchOptions` (a batch run: its outputs, workers and limits), which holds an
:class:`ExtractOptions`. Every function that takes a setting accepts the object of its layer; the
keyword shortcuts some functions keep (``normalize=False``, ``kinds=…``, ``ocr=False``) build the
same object. An object is checked once, when it is made: a wrong setting fails there with a message
naming what is valid, before any work.

>>> NormalizeOptions(ocr=False).ocr
False
>>> NormalizeOptions().threshold == OCR_THRESHOLD
True
>>> ExtractOptions(kinds=["money", "percentage"]).kinds == {"money", "percentage"}
True
>>> ExtractOptions(kinds={"monye"})
Traceback (most recent call last):
...
ValueError: unknown kinds ['monye']; the kinds are ['docref', 'date', 'period', 'term', 'fraction', 'money', 'percentage', 'quantity']
>>> BatchOptions(ocr=False).extract.normalize
NormalizeOptions(tone_style='new', layout=True, ocr=False, threshold=0.8)
>>> BatchOptions(kinds={"money"}).kinds, BatchOptions().timeout == DEFAULT_TIMEOUT
(frozenset({'money'}), True)
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Collection
from dataclasses import InitVar, dataclass, field, replace
from typing import Any, Iterable, Literal, Optional, Union, get_args

#: Where a tone mark goes: ``"new"`` (hòa, thủy, ủy) or ``"old"`` (hoà, thuỷ, uỷ).
ToneStyle = Literal["new", "old"]

#: OCR edits with at least this confidence are applied; the others are suggestions (see
#: :mod:`baocao.normalize.ocr`'s confidence ladder, whose every fix is above it).
OCR_THRESHOLD = 0.8

#: Seconds one document may take in a batch run (read + extract); 0 for no limit.
DEFAULT_TIMEOUT = 120.0

#: Bytes one input may hold (a file, stdin, a table row, the expanded members of a ``.docx``
#: archive); 0 for no limit. The CLI's ``--max-bytes``.
DEFAULT_MAX_BYTES = 512 << 20

_SIZE_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}


def parse_size(text: str) -> int:
    """A number of bytes written ``512M``, ``2G``, ``100K``, ``1048576`` (units of 1024; a
    trailing ``B`` or ``iB`` allowed); 0 means no limit.

    >>> parse_size("512M"), parse_size("1.5k"), parse_size("0")
    (536870912, 1536, 0)
    """
    m = re.fullmatch(r"\s*(\d+(?:\.\d*)?|\.\d+)\s*([KMGT]?)(?:I?B)?\s*", text, re.IGNORECASE)
    if m is None:
        raise ValueError(f"not a size: {text!r} (a number of bytes, or 100K, 512M, 2G; "
                         "0: no limit)")
    value, unit = float(m.group(1)), m.group(2).upper()
    return int(value * _SIZE_UNITS[unit])


def check_max_bytes(max_bytes: object) -> None:
    """Raise unless `max_bytes` is a whole number of bytes >= 0 (0: no limit)."""
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 0:
        raise ValueError("max_bytes must be a number of bytes >= 0 (0: no limit), not "
                         f"{max_bytes!r}")

#: The record kinds :func:`baocao.extract`'s rules find (what ``kinds`` chooses from), in the order
#: of their precedence when two claim the same characters; each is the name of its rule module in
#: :mod:`baocao.extract`. :data:`baocao.schema.RECORD_KINDS` adds the kinds :func:`baocao.parse`
#: builds (``footnote``, ``indicator``, ``indicator_summary``).
RULE_KINDS = ("docref", "date", "period", "term", "fraction", "money", "percentage", "quantity")


@dataclass(frozen=True)
class NormalizeOptions:
    """Options of :func:`baocao.normalize` (formerly ``NormalizeConfig``, still an alias).

    - ``tone_style``: ``"new"`` (default, underthesea's convention: hòa, thủy, ủy), ``"old"``
      (hoà, thuỷ, uỷ) or ``None`` (leave tone placement alone).
    - ``layout``: drop page furniture (running headers, footers, page numbers), write plain-digit
      footnote markers as superscripts, join paragraphs cut by a page break, lines wrapped inside
      a paragraph and words hyphenated at a line end (default True; see
      :mod:`baocao.normalize.layout`).
    - ``ocr``: repair OCR diacritic errors (default True; False for born-digital text, about ten
      times faster).
    - ``threshold``: OCR edits with at least this confidence are applied (default
      :data:`OCR_THRESHOLD`, 0.8, below every fix of the confidence ladder and above every
      suggestion); the others are kept in ``Normalized.suggestions``, not applied.

    >>> NormalizeOptions(tone_style="hoà")
    Traceback (most recent call last):
    ...
    ValueError: tone_style must be 'new', 'old' or None, not 'hoà'
    """

    tone_style: Optional[ToneStyle] = "new"
    layout: bool = True
    ocr: bool = True
    threshold: float = OCR_THRESHOLD

    def __post_init__(self) -> None:
        if self.tone_style is not None and self.tone_style not in get_args(ToneStyle):
            raise ValueError(f"tone_style must be 'new', 'old' or None, not {self.tone_style!r}")
        for name in ("layout", "ocr"):
            if not isinstance(getattr(self, name), bool):
                raise TypeError(f"{name} must be True or False, not {getattr(self, name)!r}")
        if isinstance(self.threshold, bool) or not isinstance(self.threshold, (int, float)):
            raise TypeError(f"threshold must be a number, not {self.threshold!r}")


def normalize_options(normalize: Union[bool, NormalizeOptions]) -> Optional[NormalizeOptions]:
    """The options a ``normalize=`` shortcut stands for: True the default :class:`NormalizeOptions`,
    False None (the rules search the text as it is), an options object itself; anything else is a
    TypeError.

    >>> normalize_options(True) == NormalizeOptions(), normalize_options(False)
    (True, None)
    """
    if normalize is True:
        return DEFAULT_NORMALIZE
    if normalize is False:
        return None
    if isinstance(normalize, NormalizeOptions):
        return normalize
    raise TypeError("normalize must be True, False or a NormalizeConfig (a "
                    f"baocao.options.NormalizeOptions), not {type(normalize).__name__}")


#: The default normalization (``NormalizeOptions()``).
DEFAULT_NORMALIZE = NormalizeOptions()


@dataclass(frozen=True)
class Vocabulary:
    """A user vocabulary, as :func:`baocao.load_vocabulary` read and checked it: ``source`` (the
    file or folder) and the entries it adds (``sections``: ``units``, ``scales``,
    ``indicator_keys``, ``places``, as plain data). Two vocabularies with the same entries are
    equal (``digest``, the SHA-256 of the entries), wherever they were read from. Plain data, so
    it travels to batch workers with the options.

    >>> Vocabulary("a.yaml", '{"scales": []}') == Vocabulary("b.yaml", '{"scales": []}')
    True
    """

    source: str = field(compare=False)
    entries: str = field(compare=False, repr=False)   # JSON of the sections
    digest: str = ""

    def __post_init__(self) -> None:
        if not self.digest:
            object.__setattr__(self, "digest", hashlib.sha256(self.entries.encode()).hexdigest())

    @property
    def sections(self) -> dict[str, Any]:
        """The entries, section by section."""
        data: dict[str, Any] = json.loads(self.entries)
        return data

    def additions(self, name: str) -> dict[str, list[Any]]:
        """The entries added to the bundled rule file `name`, by the top-level list they join:
        ``units`` (``measure``, ``count``), ``numbers`` (``scales``), ``indicator_keys``
        (``keys``); none for another file."""
        s = self.sections
        if name == "units":
            return {"measure": s["units"]["measure"], "count": s["units"]["count"]}
        if name == "numbers":
            return {"scales": s["scales"]}
        if name == "indicator_keys":
            return {"keys": s["indicator_keys"]}
        return {}


@dataclass(frozen=True)
class ExtractOptions:
    """Options of :func:`baocao.extract` (and of :func:`baocao.parse`, which reads every kind).

    - ``kinds``: only records of these kinds, any collection of names from :data:`RULE_KINDS`
      (kept as a frozenset); None (default): every kind.
    - ``normalize``: how the text is normalized before the rules run (default
      ``NormalizeOptions()``); None (or False) runs them on the text as it is. Offsets are the
      original's either way.
    - ``vocabulary``: a user vocabulary whose units, scale words, indicator keys and places are
      added to the bundled ones (a :class:`Vocabulary`: :func:`baocao.load_vocabulary`); None
      (default): the one ``BAOCAO_VOCABULARY`` names, if any, else the bundled vocabularies
      only (see ``docs/vocabulary.md``).

    >>> ExtractOptions(normalize=False).normalize is None
    True
    """

    kinds: Optional[Collection[str]] = None
    normalize: Optional[NormalizeOptions] = DEFAULT_NORMALIZE
    vocabulary: Optional[Vocabulary] = None

    def __post_init__(self) -> None:
        if self.kinds is not None:
            if isinstance(self.kinds, str):
                raise TypeError(f"kinds must be a collection of kinds such as {{{self.kinds!r}}}, "
                                f"not the string {self.kinds!r}")
            kinds = frozenset(self.kinds)
            unknown = kinds - set(RULE_KINDS)
            if unknown:
                raise ValueError(f"unknown kinds {sorted(unknown)}; the kinds are {list(RULE_KINDS)}")
            object.__setattr__(self, "kinds", kinds)
        if self.normalize is not None:
            object.__setattr__(self, "normalize", normalize_options(self.normalize))
        if self.vocabulary is not None and not isinstance(self.vocabulary, Vocabulary):
            raise TypeError("vocabulary must be a Vocabulary (baocao.load_vocabulary(path)), not "
                            f"{type(self.vocabulary).__name__}")


@dataclass(frozen=True)
class InputOptions:
    """How arguments become documents (:func:`baocao.inputs.iter_sources`).

    text_column: column (CSV) or key (JSONL) holding the text; needed for .jsonl/.csv inputs.
    id_column: column naming each row's document; default ``path#row`` (rows counted from 1).
    exclude: real paths never read as input (the run's own output and errors files).
    include: glob patterns (``*.pdf``, ``2024/*``): read only the files of folders and patterns
        that match one (the CLI's ``--include``).
    exclude_globs: glob patterns: never read a file of a folder or pattern that matches one
        (``--exclude``).
    images: read image files (``.png``, ``.jpg``, ``.tif``, …: scanned pages) too, by OCR (set
        with ``--ocr tesseract``); else they are listed as not read.
    max_bytes: the most bytes read from stdin or held by one table row (``--max-bytes``;
        default :data:`DEFAULT_MAX_BYTES`, 0 for no limit); a larger one is an error row.
    exclude_folders: real paths of folders whose files a folder walk or a pattern never reads
        (``--save-text``'s folder: a run does not read back the texts it writes), unless the
        folder or pattern named is itself inside one.
    """

    text_column: Optional[str] = None
    id_column: Optional[str] = None
    exclude: frozenset[str] = frozenset()
    include: tuple[str, ...] = ()
    exclude_globs: tuple[str, ...] = ()
    images: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    exclude_folders: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        check_max_bytes(self.max_bytes)


#: The formats of a batch run's output file (``baocao extract --format``).
FORMATS = ("jsonl", "csv", "parquet")
#: ``BatchOptions.fmt`` for a run whose records stay in memory as row tuples (no output file):
#: :func:`baocao.read`, :func:`baocao.batch.collect`, Dask and Spark. Not a file format.
ROWS = "rows"
#: What a document gives in a batch run (``BatchOptions.table``).
TABLES = ("records", "indicators")


@dataclass(frozen=True)
class BatchOptions:
    """Options of a batch run (:mod:`baocao.batch`), with their defaults.

    extract: which record kinds, and how the text is normalized first (:class:`ExtractOptions`;
        default every kind, the OCR repair on). The keywords ``kinds=`` and ``ocr=`` build it:
        ``BatchOptions(kinds={"money"}, ocr=False)`` is
        ``BatchOptions(extract=ExtractOptions(frozenset({"money"}), NormalizeOptions(ocr=False)))``;
        ``ocr=False`` is for born-digital text (news pages, typed reports), where the normalizer
        then takes a tenth of the time. ``kinds`` and ``ocr`` read them back.
    fmt: the form workers return records in: ``jsonl`` (JSON lines), ``csv`` or ``parquet`` (row
        tuples, written by those sinks: :data:`FORMATS`), or :data:`ROWS` (row tuples kept in
        memory, for :func:`baocao.batch.collect`: :func:`baocao.read`, Dask, Spark).
    jobs: worker processes; 1 runs in this process (no pickling, easiest to debug).
    timeout: seconds one document may take (read + extract); 0 for no limit (default
        :data:`DEFAULT_TIMEOUT`). Enforced in the worker by SIGALRM (by a watchdog thread where
        the work runs in another thread than the main one, as on Dask); both stop Python code,
        not a call into C code. With ``jobs`` > 1 the parent also kills a worker still busy at
        ``1.5 * timeout + 1`` s (which stops anything, C code included).
    chunk_rows: records buffered before they are written (one Parquet row group).
    batch: documents sent to a worker at once (fewer messages through the pipe).
    window: documents in flight or waiting for an earlier one (at least 4 * jobs * batch);
        bounds memory with many workers.
    piece_chars: a document longer than this is extracted in pieces of about this many
        characters (see :func:`baocao.inputs.pieces`); the time limit then applies to each piece.
    ocr_engine: ``"tesseract"`` to recognize the PDF pages that have no text layer (the CLI's
        ``--ocr tesseract``); None leaves them empty and lists them in the documents table.
        With it, reading a PDF may take ``timeout`` per page (each Tesseract run is stopped at
        ``timeout``), and the parent's hard limit is off.
    save_text: a folder to write each document's text to (``DOC.txt`` below it, the path of
        ``doc`` kept), the text the records' offsets point into (``--save-text``).
    table: what a document gives: ``"records"`` (:func:`baocao.extract`'s records, columns of
        ``frame.COLUMNS``) or ``"indicators"`` (the rows of :func:`baocao.indicators`, columns of
        ``analysis.INDICATOR_COLUMNS``: ``baocao indicators``). A report is parsed whole, so with
        ``"indicators"`` a document is never cut in pieces (``piece_chars`` and ``kinds`` do not
        apply).
    max_bytes: the most bytes one document may hold (``--max-bytes``; default
        :data:`DEFAULT_MAX_BYTES`, 0 for no limit): a larger file, and a ``.docx`` whose
        members expand to more, is an error row, read no further than the limit.
    """

    extract: ExtractOptions = ExtractOptions()
    fmt: str = "jsonl"
    jobs: int = 1
    timeout: float = DEFAULT_TIMEOUT
    chunk_rows: int = 20_000
    batch: int = 16
    window: int = 64
    piece_chars: int = 1 << 20
    ocr_engine: Optional[str] = None
    save_text: Optional[str] = None
    table: str = "records"
    max_bytes: int = DEFAULT_MAX_BYTES

    #: Keyword shortcuts that build ``extract`` (``kinds=`` its kinds, ``ocr=`` its normalizer's
    #: OCR repair); read back as ``options.kinds`` and ``options.ocr`` from ``extract``.
    kinds: InitVar[Optional[Iterable[str]]] = None
    ocr: InitVar[Optional[bool]] = None

    def __post_init__(self, kinds: Optional[Iterable[str]], ocr: Optional[bool]) -> None:
        check_max_bytes(self.max_bytes)
        options = self.extract
        if kinds is not None:
            # a string is refused by ExtractOptions (not taken as its letters)
            options = replace(options, kinds=kinds if isinstance(kinds, str) else frozenset(kinds))
        if ocr is not None and ocr != repairs_ocr(options):
            options = replace(options, normalize=NormalizeOptions(ocr=ocr) if
                              options.normalize is None else _with_ocr(options.normalize, ocr))
        object.__setattr__(self, "extract", options)
        # read back from extract: the kinds looked for, and whether the OCR repair runs (the
        # documents table's columns; the CLI's --kinds and --no-ocr)
        object.__setattr__(self, "kinds", options.kinds)
        object.__setattr__(self, "ocr", repairs_ocr(options))


def repairs_ocr(options: ExtractOptions) -> bool:
    """Whether the text is normalized with the OCR diacritic repair before the rules run."""
    return options.normalize is not None and options.normalize.ocr


def _with_ocr(options: NormalizeOptions, ocr: bool) -> NormalizeOptions:
    return NormalizeOptions(options.tone_style, options.layout, ocr, options.threshold)


__all__ = ["BatchOptions", "DEFAULT_MAX_BYTES", "DEFAULT_NORMALIZE", "DEFAULT_TIMEOUT",
           "ExtractOptions", "FORMATS",
           "InputOptions", "NormalizeOptions", "OCR_THRESHOLD", "ROWS", "RULE_KINDS", "TABLES",
           "ToneStyle", "Vocabulary", "check_max_bytes", "normalize_options", "parse_size", "repairs_ocr"]
