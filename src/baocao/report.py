"""``baocao.parse``: a Report that knows a document's sections, sentences, footnotes and tables,
and records that say where they sit.

Every record carries ``section`` (a path such as ``Phần thứ nhất > II- KẾT QUẢ … > 1.1. Cơ cấu lại
…``), ``sentence`` (index into ``Report.sentences``) and, inside a footnote body, ``footnote`` (its
number) — with the section and sentence of the anchor that footnote explains, since that is the
statement its figures belong to.
"""
from __future__ import annotations

import os
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Optional, Union

from baocao.core import pages as _pages
from baocao.core.collector import paused
from baocao.core.memory import release_free_memory
from baocao.core.vocabulary import chosen, rule_module
from baocao.document import Document
from baocao.extract import copy_with, extract_document
from baocao.core.file_names import check_text
from baocao.normalize.edits import Edit, OffsetMap
from baocao.options import ExtractOptions, NormalizeOptions, normalize_options
from baocao.schema import Date, DocRef, Footnote, Period, Record
from baocao.structure import footnotes as _footnotes
from baocao.structure import sections as _sections
from baocao.structure import sentences as _sentences
from baocao.structure import tables as _tables
from baocao.structure.footnotes import FootnoteProblem
from baocao.structure.lines import lines
from baocao.structure.sections import Section
from baocao.structure.tables import Table
from baocao.view.summary import Items, Records, report_repr

if TYPE_CHECKING:
    from baocao.options import Vocabulary
    from baocao.resolve import Metadata, Unattached
    from baocao.schema import Check

__all__ = ["Report", "Sentence", "infer_years", "parse", "parse_file", "parse_options"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of running text: ``index`` (document order, from 0), span in the original text,
    and the index of its section (None before the first heading)."""

    index: int
    start: int
    end: int
    section: Optional[int]


_SET_SENTENCE = tuple(Sentence.__dict__[k].__set__ for k in ("index", "start", "end", "section"))


def _sentence(index: int, start: int, end: int, section: Optional[int]) -> Sentence:
    """``Sentence(index, start, end, section)`` made without the frozen dataclass's ``__init__`` (one per
    line of a report of short lines: half the time); the same sentence."""
    s = object.__new__(Sentence)
    set_index, set_start, set_end, set_section = _SET_SENTENCE
    set_index(s, index), set_start(s, start), set_end(s, end), set_section(s, section)
    return s


#: After extracting from a text longer than this (characters), the memory the extractors' scans held
#: goes back to the system (:func:`~baocao.core.memory.release_free_memory`)
_RELEASE_AFTER = 1 << 20

#: The parts of a :class:`Report` kept as :class:`~baocao.view.summary.Items` (a tuple whose repr is
#: a few lines).
_PARTS = ("sections", "sentences", "footnotes", "footnote_problems", "tables", "edits")


@dataclass(frozen=True)
class Report:
    """A parsed document. Offsets everywhere are into ``original``.

    - ``records``: figures (as :func:`baocao.extract` finds them) and footnotes, by start offset,
      each with ``section``, ``sentence`` and ``footnote`` filled where known;
    - ``sections``: headings in document order, a tree through ``parent``/``children``;
    - ``sentences``: sentences of running text (headings included; footnote bodies and table rows
      are not running text);
    - ``footnotes``: one :class:`~baocao.schema.Footnote` per body line, linked to its anchor;
    - ``footnote_problems``: bodies without anchors, anchors without bodies, numbers that skip,
      repeat or go backwards;
    - ``tables``: tab-separated tables, each with its tidy cells (``baocao.to_frame(table)``);
    - ``edits``: what the normalizer changed to make ``text`` from ``original``; ``offsets`` is the
      :class:`~baocao.normalize.edits.OffsetMap` between the two (``to_clean``, ``span_to_clean``,
      ``to_original``, ``span_to_original``), so rules that read ``text`` keep original offsets;
    - ``indicators``: :class:`~baocao.schema.Indicator` and :class:`~baocao.schema.IndicatorSummary`
      records, from prose and from tables, by start offset (``baocao.indicators(report)`` for a table);
    - ``unattached``: the figures of running text and footnotes that no indicator groups, with the
      reason (:class:`baocao.resolve.Unattached`);
    - ``checks``: :class:`~baocao.schema.Check` rows, one per consistency check made (value over
      target against the written achievement, a fraction against the percentage that restates it,
      a table row against the prose statement of the same indicator and period), ``ok`` or not;
    - ``meta``: locality, report type, date and term (:class:`baocao.resolve.Metadata`);
    - ``pages``: the offset where each page starts, when the text has pages (form feeds between
      them, as PDF text has: :mod:`baocao.core.pages`), else empty; every record then has its ``page``;
    - ``pages_without_text``: the pages of a PDF that have no text layer and were not recognized
      (:func:`parse_file`).
    - ``periods``: the :class:`~baocao.schema.Period` records (quarters, months, years, spans of
      years, comparison bases), by start offset.
    - ``vocabulary``: the user vocabulary the rules ran with (:func:`baocao.load_vocabulary`),
      None for the bundled vocabularies only; the indicators, checks and metadata are resolved
      with it too.

    A date written without a year (``ngày 19.11``) takes the year of the document's own date
    (``meta``) when one is known: the one of the year before, that year and the year after that
    puts it nearest the document's date, with ``year_inferred`` set and ``year`` named in ``inferred``.
    """

    original: str
    text: str
    doc: Optional[str]
    records: tuple[Record, ...]
    sections: tuple[Section, ...]
    sentences: tuple[Sentence, ...]
    footnotes: tuple[Footnote, ...]
    footnote_problems: tuple[FootnoteProblem, ...]
    tables: tuple[Table, ...]
    edits: tuple[Edit, ...] = ()   # the normalizer's edits (original coordinates), see baocao.normalize
    offsets: Optional[OffsetMap] = field(default=None, compare=False, repr=False)
    pages: tuple[int, ...] = ()
    pages_without_text: tuple[int, ...] = ()
    vocabulary: Optional[Vocabulary] = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.offsets is None:
            object.__setattr__(self, "offsets", OffsetMap(self.edits, len(self.original)))
        if not isinstance(self.records, Records):   # a tuple whose repr is a few lines
            object.__setattr__(self, "records", Records(self.records))
        for name in _PARTS:   # the same for its other parts
            if not isinstance(getattr(self, name), Items):
                object.__setattr__(self, name, Items(getattr(self, name)))

    def __repr__(self) -> str:
        """A few lines: size, structure, records per kind and the first ones (not the text)."""
        return report_repr(self)

    def _repr_html_(self) -> str:
        """The notebook's view: the summary and the document with its records highlighted (the
        indicator table beside the text when the indicators are resolved already; a report over
        ``baocao.view.NOTEBOOK_LIMIT`` characters shows the summary and its first part only)."""
        from baocao.view.markup import notebook_html

        return notebook_html(self)

    def page_at(self, pos: int) -> Optional[int]:
        """The page (1-based) of offset `pos`, None when the text has no pages."""
        return _pages.page_of(self.pages, pos)

    # Indicators and metadata are resolved on first use: parse() itself stays close to extract().
    @cached_property
    def _resolved(self) -> tuple[tuple[Record, ...], tuple[Unattached, ...]]:
        # resolve reads a Report: imported late (its copy for the report's vocabulary)
        _resolve = rule_module(self.vocabulary, "baocao.resolve")
        with paused():   # many objects made, few freed: the collector's passes would find nothing
            prose, unattached = _resolve.resolve(self)
            table_recs = [i for t in self.tables for i in _resolve.table_indicators(t, self.doc)]
            inds = _pages.with_pages(sorted([*prose, *table_recs], key=lambda r: (r.start, r.end)),
                                     self.original, self.pages)
        return Records(inds), Items(unattached)

    @property
    def indicators(self) -> tuple[Record, ...]:
        """Indicator and indicator-summary records, from prose and tables (resolved on first use)."""
        return self._resolved[0]

    @property
    def unattached(self) -> tuple[Unattached, ...]:
        """Figures of running text and footnotes that no indicator groups, with the reason."""
        return self._resolved[1]

    @cached_property
    def checks(self) -> tuple[Check, ...]:
        """Consistency checks between figures that state the same thing twice (an achievement and
        its value and target, a fraction and its percentage, a table row and a prose statement),
        each a :class:`~baocao.schema.Check`, agreeing or not (computed on first use)."""
        return Items(rule_module(self.vocabulary, "baocao.resolve.checks").checks(self))

    @cached_property
    def meta(self) -> Metadata:
        """Locality, report type, date and term (resolved on first use)."""
        meta: Metadata = rule_module(self.vocabulary, "baocao.resolve").metadata(self)
        return meta

    @cached_property
    def _section_starts(self) -> list[int]:
        return [s.start for s in self.sections]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def section_at(self, pos: int) -> Optional[Section]:
        """Return the innermost section whose heading starts at or before ``pos``."""
        i = bisect_right(self._section_starts, pos) - 1
        return self.sections[i] if i >= 0 else None

    def sentence_at(self, pos: int) -> Optional[Sentence]:
        """Return the sentence of running text that contains ``pos``, if any."""
        i = bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentence_text(self, index: int) -> str:
        """The text of sentence ``index`` (of ``sentences``)."""
        s = self.sentences[index]
        return self.original[s.start:s.end]

    @property
    def periods(self) -> tuple[Period, ...]:
        """The period records (``quý II/2024``, ``6 tháng đầu năm 2024``, ``cùng kỳ năm trước``)."""
        return tuple(r for r in self.records if isinstance(r, Period))

    @property
    def figures(self) -> list[Record]:
        """The records that are not footnotes."""
        return [r for r in self.records if r.kind != "footnote"]


_FIELD_ORDER = {"day": 0, "month": 1, "year": 2}


def _nearest_year(month: int, day: Optional[int],
                  doc_date: tuple[Optional[int], Optional[int], int]) -> Optional[int]:
    """The year, among the document's, the one before and the one after, that puts ``day/month``
    nearest the document's date (the document's year when its month is not known); None when no
    such year makes a calendar day (``29/2``)."""
    from baocao.extract.date import valid

    dday, dmonth, dyear = doc_date
    years = [dyear] if dmonth is None else [dyear - 1, dyear, dyear + 1]
    years = [y for y in years if valid(day, month, y)]
    if not years:
        return None
    if dmonth is None:
        return years[0]
    ref = date(dyear, dmonth, dday or 15)
    return min(years, key=lambda y: abs((date(y, month, day or 15) - ref).days))


def infer_years(original: str, records: list[Record]) -> list[Record]:
    """Give each date written without a year the year nearest the document's own date (see
    :class:`Report`), marked ``year_inferred``; the records are returned unchanged when the
    document's date has no year.

    >>> from baocao import extract
    >>> text = "Hà Nội, 07/02/2025. Sáng 3.2, tại"
    >>> [(r.text, r.year, r.year_inferred, r.inferred) for r in infer_years(text, extract(text))]
    [('07/02/2025', 2025, False, None), ('3.2', 2025, True, 'year')]
    """
    if not any(isinstance(r, Date) and r.year is None for r in records):
        return records
    from baocao.resolve.metadata import document_date

    dday, dmonth, dyear = document_date(original, [r for r in records if isinstance(r, Date)],
                                        [r for r in records if isinstance(r, DocRef)])
    if dyear is None:
        return records
    out: list[Record] = []
    for r in records:
        if isinstance(r, Date) and r.year is None and r.month is not None:
            y = _nearest_year(r.month, r.day, (dday, dmonth, dyear))
            if y is not None:
                fields = set(r.inferred.split(",")) if r.inferred else set()
                inferred = ",".join(sorted(fields | {"year"}, key=_FIELD_ORDER.__getitem__))
                r = r.model_copy(update={"year": y, "year_inferred": True, "inferred": inferred})
        out.append(r)
    return out


def parse(text: Union[str, Document], doc: Optional[str] = None, *,
          normalize: Union[bool, NormalizeOptions] = True,
          options: Optional[ExtractOptions] = None,
          pages: Optional[tuple[int, ...]] = None) -> Report:
    """Return a :class:`Report`: records with their section, sentence and footnote, and the
    document's structure.

    >>> import baocao
    >>> r = baocao.parse("II- KẾT QUẢ\\n\\n1.1. Nông nghiệp\\n\\nĐàn gia súc đạt 42.719 con, đạt 71% NQĐH⁶. "
    ...                  "Đàn gia cầm tăng 5%/năm.\\n\\n⁶ Trong đó: Đàn trâu 4.230 con.\\n")
    >>> [(x.kind, x.text, x.sentence, x.footnote) for x in r.records]
    [('quantity', '42.719 con', 2, None), ('percentage', '71%', 2, None), ('percentage', '5%/năm', 3, None), ('footnote', '⁶ Trong đó: Đàn trâu 4.230 con.', 2, 6), ('quantity', '4.230 con', 2, 6)]
    >>> r.records[0].section
    'II- KẾT QUẢ > 1.1. Nông nghiệp'
    >>> r.footnotes[0].body, r.original[r.footnotes[0].anchor_start]
    ('Trong đó: Đàn trâu 4.230 con.', '⁶')

    The text is normalized as for :func:`baocao.extract`: `normalize` (True, False or a
    :class:`~baocao.options.NormalizeOptions`) or `options` (an
    :class:`~baocao.options.ExtractOptions`, whose ``kinds`` must be None: a report reads every
    kind, since an indicator groups figures of every kind) say how; a
    :class:`~baocao.document.Document` is read as it was normalized. Offsets are the original's.

    >>> baocao.parse("tại thị trần", normalize=NormalizeOptions(ocr=False)).text
    'tại thị trần'

    `pages` gives the page start offsets when the text's form feeds do not tell them all (a
    one-page PDF, whose records are on page 1: :func:`parse_file`).

    A single line that names a file (an existing one, or one word such as ``report.txt``) is a
    mistake, not a text: ValueError, pointing at :func:`parse_file`.
    """
    check_text(text, "baocao.parse", "baocao.parse_file({path!r}) reads a file")
    options = parse_options(normalize, options)
    with paused():   # the records and the structure stay alive: the collector's passes find nothing
        return _parse(text, doc, options, pages)


def _parse(text: Union[str, Document], doc: Optional[str], options: ExtractOptions,
           pages: Optional[tuple[int, ...]]) -> Report:
    vocabulary = chosen(options.vocabulary)
    d = text if isinstance(text, Document) else Document.from_text(text, doc, options.normalize or False)
    figures = infer_years(d.original, extract_document(d, vocabulary=vocabulary))
    d.cache.clear()     # the extractors' scans of the text (its lower case, every number): done with
    if len(d.text) > _RELEASE_AFTER:
        release_free_memory()   # the heap those scans held goes back before the structure is built
    bodies, anchors, body_lines = _footnotes.find(d)
    links = _footnotes.link(bodies, anchors)
    going_on = _footnotes.continuations(d, bodies, body_lines)   # line -> body it goes on with
    body_lines = body_lines | set(going_on)
    problems = _footnotes.problems(bodies, anchors, links, lambda i: d.span_to_original(i, i)[0])
    tables, table_lines = _tables.find(d)
    sections = _sections.find(d, body_lines | table_lines)
    sec_starts = [s.start for s in sections]
    # one int object per section and per sentence, shared by every sentence and record that
    # refers to it (an index computed per record is an object of its own: 32 bytes each)
    sec_ids = list(range(len(sections)))

    def section_index(pos: int) -> Optional[int]:
        i = bisect_right(sec_starts, pos) - 1
        return sec_ids[i] if i >= 0 else None

    sents: list[Sentence] = []
    for line in lines(d):
        if line.blank or line.index in body_lines or line.index in table_lines:
            continue
        for a, b in _sentences.split_line(d.text, line.lstart, line.rend):
            s, e = d.span_to_original(a, b)
            sents.append(_sentence(len(sents), s, e, section_index(s)))
    sent_starts = [s.start for s in sents]

    def sentence_index(pos: int) -> Optional[int]:
        i = bisect_right(sent_starts, pos) - 1
        return sents[i].index if i >= 0 and pos < sents[i].end else None

    def path(pos: int) -> Optional[str]:
        i = section_index(pos)
        return sections[i].path if i is not None else None

    notes: list[Footnote] = []
    body_spans: list[tuple[int, int, Footnote]] = []
    for i, body in enumerate(bodies):
        anchor = links[i]
        ls, le = d.span_to_original(body.mark.start, body.body_end)
        bs, be = d.span_to_original(body.body_start, body.body_end)
        a_s: Optional[int] = None
        a_e: Optional[int] = None
        where, sentence = ls, None
        if anchor:
            a_s, a_e = d.span_to_original(anchor.start, anchor.end)
            where, sentence = a_s, sentence_index(a_s)
        note = Footnote(text=d.original[ls:le], start=ls, end=le, doc=d.doc, marker=body.mark.number,
                        anchor_start=a_s, anchor_end=a_e, body_start=bs, body=d.original[bs:be],
                        rule=f"footnote.{body.mark.style}", confidence=1.0 if anchor else 0.5,
                        footnote=body.mark.number, section=path(where), sentence=sentence)
        notes.append(note)
        body_spans.append((ls, le, note))
    all_lines = lines(d)
    for li, i in going_on.items():
        s, e = d.span_to_original(all_lines[li].lstart, all_lines[li].rend)
        body_spans.append((s, e, notes[i]))
    del all_lines
    body_spans.sort(key=lambda b: b[0])
    body_starts = [b[0] for b in body_spans]
    d.cache.clear()     # the lines and the structure's scans: done with

    # the tables read the figures as extracted; then each figure is replaced by its annotated copy
    # in place, so the figures are not held twice (a document's records are most of its memory)
    tables = [_tables.Table(t.index, t.start, t.end, t.header, t.rows, section=path(t.start),
                            doc=t.doc, cells=_tables.tidy(t, figures)) for t in tables]
    annotated: list[Record] = figures if isinstance(figures, list) else list(figures)
    sets: dict[int, tuple[set[str], dict[tuple[str, ...], set[str]]]] = {}
    for k, rec in enumerate(annotated):
        j = bisect_right(body_starts, rec.start) - 1
        if j >= 0 and rec.start < body_spans[j][1]:
            note = body_spans[j][2]
            annotated[k] = copy_with(rec, {"footnote": note.marker, "sentence": note.sentence,
                                           "section": note.section}, sets)
        else:
            annotated[k] = copy_with(rec, {"sentence": sentence_index(rec.start),
                                           "section": path(rec.start)}, sets)
    starts = pages if pages is not None else _pages.page_starts(d.original)
    if pages is not None and len(pages) == 1:   # a one-page PDF: no form feed, still page 1
        annotated = [r.model_copy(update={"page": 1}) for r in annotated]
    notes = _pages.with_pages(notes, d.original, starts)
    records: list[Record] = sorted([*annotated, *notes], key=lambda r: (r.start, r.end))
    return Report(original=d.original, text=d.text, doc=d.doc, records=Records(records),
                  sections=tuple(sections), sentences=Items(sents), footnotes=tuple(notes),
                  footnote_problems=tuple(problems), tables=tuple(tables),
                  edits=d.normalized.edits if d.normalized is not None else (), pages=starts,
                  vocabulary=vocabulary)


def parse_options(normalize: Union[bool, NormalizeOptions] = True,
                  options: Optional[ExtractOptions] = None) -> ExtractOptions:
    """The options :func:`parse` runs with, from its `normalize` shortcut or its `options`,
    checked before any work.

    >>> parse_options(False) == ExtractOptions(normalize=None)
    True
    >>> parse_options(options=ExtractOptions(kinds={"money"}))
    Traceback (most recent call last):
    ...
    ValueError: parse reads every kind (an indicator groups figures of every kind): give ExtractOptions(kinds=None), not ['money']
    """
    if options is None:
        return ExtractOptions(normalize=normalize_options(normalize))
    if normalize is not True:
        raise TypeError("parse() takes options= or the normalize= shortcut, not both")
    if not isinstance(options, ExtractOptions):
        raise TypeError(f"options must be an ExtractOptions, not {type(options).__name__}")
    if options.kinds is not None:
        raise ValueError("parse reads every kind (an indicator groups figures of every kind): give "
                         f"ExtractOptions(kinds=None), not {sorted(options.kinds)}")
    return options


def parse_file(path: Union[str, os.PathLike[str]], *, ocr: Optional[str] = None,
               doc: Optional[str] = None, normalize: Union[bool, NormalizeOptions] = True,
               options: Optional[ExtractOptions] = None) -> Report:
    """Read one file (``.txt``, ``.html``, ``.docx``, ``.pdf``; see :mod:`baocao.inputs`) and
    return its :class:`Report`; ``report.original`` is the text read (for a PDF, the pages
    separated by form feeds, see :mod:`baocao.pdf`) and ``doc`` defaults to the path.

    ``ocr="tesseract"`` recognizes the pages of a PDF that have no text layer (Tesseract and its
    Vietnamese data must be installed: ``apt-get install tesseract-ocr tesseract-ocr-vie``);
    without it such pages are empty, listed in ``report.pages_without_text``, and a
    :class:`baocao.ReadWarning` names them. A file that cannot be read raises
    :class:`baocao.ReadError` (``doc``, ``stage``, ``error``, ``message``); a text given for
    `path` (it has a line break, or spaces and no file of that name) a ValueError pointing at
    :func:`parse`. `normalize` and
    `options` say how the text read is normalized, as for :func:`parse` (``NormalizeOptions(ocr=
    False)`` leaves out the repair of OCR diacritic errors in the text; ``ocr=`` chooses the
    engine that recognizes scanned pages).

    >>> r = parse_file("tests/corpus/000_2091ac59a1d652e0.txt")
    >>> r.doc, r.pages, r.records[0].page
    ('tests/corpus/000_2091ac59a1d652e0.txt', (), None)
    """
    import warnings

    from baocao.errors import LoadError
    from baocao.inputs import Source, load
    from baocao.pdf import check_ocr

    from baocao.inputs.mistakes import check_paths

    if isinstance(path, str):   # a text given for a path: said so, not "no such file"
        check_paths([path], "baocao.parse_file", "baocao.parse(text) reads a text",
                    takes="a file's path")
    options = parse_options(normalize, options)
    ocr = check_ocr(ocr)
    name = doc if doc is not None else os.fspath(path)
    try:
        loaded = load(Source(doc=name, path=os.fspath(path)), ocr=ocr)
    except LoadError as exc:
        from baocao.errors import ReadError

        raise ReadError(name, exc.stage, exc.error, exc.message) from None
    pages = None
    if loaded.meta.get("format") == "pdf":
        pages = _pages.page_starts(loaded.text) or (0,)
    report = parse(loaded.text, doc=name, options=options, pages=pages)
    missing = loaded.meta.get("pages_without_text")
    if missing:
        from baocao.errors import ReadWarning
        from baocao.pdf import parse_ranges

        report = replace(report, pages_without_text=parse_ranges(missing))
        warnings.warn(f"{name}: pages without text {missing} (scanned): their text is not read; "
                      'ocr="tesseract" recognizes it', ReadWarning, stacklevel=2)
    return report
