"""Rule extractors, one module per kind, and `extract()` that runs them and settles overlaps.

`EXTRACTORS` is the table of contents and the precedence order: when two candidates claim the same
characters, the one from the earlier module wins (a document code before a date, a date before a
period (``ngày 5 tháng 12 năm 2024`` holds no period ``năm 2024``), a period before a term or a
fraction, a fraction before the quantities inside it), and within one module the earlier, longer one.

The package is callable: ``baocao.extract(text)`` is ``baocao.extract.extract(text)``, and
``import baocao.extract as ex`` gives this package (``ex(text)``, ``ex.RULE_KINDS``, ``ex.date``).
A type checker sees a module, so typed code imports the function: ``from baocao import extract``
gives the package too; ``from baocao.extract import extract`` the function.

The rule modules (and the normalizer and the record models they need) are imported on the first
extraction, or the first use of `EXTRACTORS`, not by ``import baocao``: a process that only lists
files or gathers tables (the client of a Dask cluster) does not load them.
"""
from __future__ import annotations

import importlib
import inspect
import sys
import types
from array import array
from bisect import bisect_right
from collections.abc import Collection
from functools import cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Optional, TypeVar, Union, cast

from baocao.core.collector import paused
from baocao.core.file_names import check_text
from baocao.core.assembly import assembled
from baocao.core.vocabulary import building, chosen, rule_module
from baocao.options import RULE_KINDS, ExtractOptions, NormalizeOptions, normalize_options

if TYPE_CHECKING:
    from baocao.options import Vocabulary
    from baocao.document import Document
    from baocao.schema import Record

R = TypeVar("R", bound="Record")

# EXTRACTORS (read lazily through __getattr__, so that importing the package loads no rules) is
# not in __all__: a star import or an API reference tool would load every rule module.
__all__ = ["RULE_KINDS", "ExtractOptions", "build_record", "copy_with", "extract", "extract_document",
           "share_fields_set"]


#: the user vocabulary this copy of the rules was built with (None: the bundled vocabulary only)
VOCABULARY = building()


@cache
def _extractors() -> tuple[types.ModuleType, ...]:
    return tuple(importlib.import_module(f"baocao.extract.{kind}") for kind in RULE_KINDS)


def __getattr__(name: str) -> tuple[types.ModuleType, ...]:
    if name == "EXTRACTORS":
        return _extractors()
    raise AttributeError(f"module 'baocao.extract' has no attribute {name!r}")


def build_record(cls: type[R], fields: dict[str, Any]) -> R:
    """``cls(**fields)`` made without pydantic's validation where every value given is one pydantic
    keeps as it is (exact types, bounds and choices checked; a list of ``[start, end]`` lists kept
    as given), else by pydantic: the records the rules build of values they already know are valid
    (``baocao.resolve``'s indicators); users' records and JSON read back are validated as ever.

    >>> from baocao.schema import Indicator
    >>> f = dict(text="GRDP 7%", start=0, end=7, name="GRDP", value=7.0, unit="%", figures=[[5, 7]])
    >>> build_record(Indicator, f) == Indicator(**f)
    True
    """
    from baocao.extract._base import build   # not at import: the record models load with the rules

    return build(cls, fields)


def share_fields_set(rec: Record, sets: dict[frozenset[str], set[str]]) -> Record:
    """``rec`` holding the same set of fields given (``model_fields_set``) as the records before it
    that were given the same fields, one set object for all of them (``sets``: frozenset -> set),
    and not a set of its own: records are frozen, and pydantic copies the set before it changes one
    (``model_copy``), so a shared set is never changed. A set of ten field names takes 700 bytes,
    nearly half of a record.

    >>> from baocao.schema import Percentage
    >>> sets = {}
    >>> a, b = (share_fields_set(Percentage(text="5%", start=i, end=i + 2, value=5.0), sets) for i in (0, 9))
    >>> a.model_fields_set is b.model_fields_set, sorted(a.model_fields_set)
    (True, ['end', 'start', 'text', 'value'])
    """
    own = rec.__pydantic_fields_set__
    same = sets.setdefault(frozenset(own), own)
    if same is not own:
        object.__setattr__(rec, "__pydantic_fields_set__", same)
    return rec


def copy_with(rec: R, update: dict[str, Any],
              sets: dict[int, tuple[set[str], dict[tuple[str, ...], set[str]]]]) -> R:
    """``rec.model_copy(update=update)`` (the same fields, values and fields given, no validation)
    made without pydantic's copy of every part, and holding the same set of fields given as the
    records before it copied from the same set with the same fields (``sets``: one dict per run of
    copies, kept by the caller): a report annotates every record, hundreds of thousands on a large
    input. A record with private attributes or extra fields is copied by ``model_copy``.

    >>> from baocao.schema import Percentage
    >>> sets = {}
    >>> rec = Percentage(text="5%", start=0, end=2, value=5.0)
    >>> a, b = (copy_with(rec, {"sentence": i}, sets) for i in (0, 1))
    >>> a == rec.model_copy(update={"sentence": 0}), a.model_fields_set is b.model_fields_set
    (True, True)
    """
    if getattr(rec, "__pydantic_private__", None) is not None or rec.__pydantic_extra__ is not None:
        return cast(R, rec.model_copy(update=update))
    values = rec.__dict__.copy()
    values.update(update)
    own = rec.__pydantic_fields_set__
    seen = sets.get(id(own))
    if seen is None:   # the set is kept with its id's entry, so that the id is not another's
        seen = sets[id(own)] = (own, {})
    keys = tuple(update)
    given = seen[1].get(keys)
    if given is None:
        given = seen[1][keys] = own | update.keys()
    return assembled(type(rec), values, given)


_set = object.__setattr__


_START, _END = attrgetter("start"), attrgetter("end")   # sort keys read in C


def extract_document(document: Document, kinds: Optional[Collection[str]] = None,
                     vocabulary: Optional[Vocabulary] = None) -> list[Record]:
    """Return the records of one :class:`~baocao.document.Document` (of the given `kinds`, None:
    every kind), non-overlapping, in order of their start offset; the rules those of
    `vocabulary` (None: the bundled vocabularies only, whatever the environment says)."""
    if vocabulary != VOCABULARY:     # the rules of another vocabulary: their copy of this function
        other: list[Record] = rule_module(vocabulary, __name__).extract_document(
            document, kinds, vocabulary)
        return other
    with paused():   # the records stay alive: the collector's passes over them would find nothing
        return _extract_document(document, kinds)


def _extract_document(doc: Document, kinds: Optional[Collection[str]]) -> list[Record]:
    accepted: list[Record] = []
    sets: dict[frozenset[str], set[str]] = {}
    modules = [m for m in _extractors() if kinds is None or m.KIND in kinds]
    # the word scans (a lower-cased copy of the text, keyword offsets) go once no rule reads them
    last_word_reader = max((i for i, m in enumerate(modules) if getattr(m, "WORD_SCANS", False)),
                           default=-1)
    # the spans claimed by the modules before, sorted and not overlapping: starts and ends
    starts, ends = array("q"), array("q")
    # the set of fields given that the last record held, and the one shared in its stead: records
    # built alike hold one set (extract._base.build), looked up once
    last_own: Optional[set[str]] = None
    last_shared: Optional[set[str]] = None
    for i, module in enumerate(modules):
        # by start, the longer first: two stable sorts whose keys are read in C
        candidates = sorted(module.extract(doc), key=_END, reverse=True)
        candidates.sort(key=_START)
        mine: list[Record] = []
        for rec in candidates:
            if rec.end <= rec.start or (mine and rec.start < mine[-1].end):
                continue   # empty, or overlaps this module's last (its candidates come in order)
            if starts:
                k = bisect_right(starts, rec.start)
                if (k and ends[k - 1] > rec.start) or (k < len(starts) and starts[k] < rec.end):
                    continue   # overlaps a span an earlier module claimed
            own = rec.__pydantic_fields_set__
            if own is last_own:
                if last_shared is not own:
                    _set(rec, "__pydantic_fields_set__", last_shared)
            else:
                last_own, last_shared = own, share_fields_set(rec, sets).__pydantic_fields_set__
            mine.append(rec)
        if mine:
            if accepted:
                accepted += mine
                accepted.sort(key=_START)
            else:
                accepted = mine   # in order of start already
            if i + 1 < len(modules):    # the claimed spans, for the modules after this one
                starts = array("q", map(_START, accepted))
                ends = array("q", map(_END, accepted))
        if i == last_word_reader:
            from baocao.extract.date import release_word_scans

            release_word_scans(doc)
    # in order of start and end: no two records share a start (they would overlap; none is empty)
    if "\f" in doc.original:   # a text with pages: each record gets the page it starts on
        from baocao.core.pages import with_pages

        accepted = with_pages(accepted, doc.original)
    return accepted


def extract(text: Union[str, Document], doc: Optional[str] = None,
            kinds: Optional[Collection[str]] = None,
            normalize: Union[bool, NormalizeOptions] = True, *,
            options: Optional[ExtractOptions] = None) -> list[Record]:
    """Return every record in `text`, with offsets into `text` itself.

    `options` (an :class:`~baocao.options.ExtractOptions`) says which kinds, how the text is
    normalized and with which user vocabulary (``vocabulary=``; by default the one
    ``BAOCAO_VOCABULARY`` names, if any); `kinds` and `normalize` are shortcuts that build the
    same object (give one or the other). The rules run on the normalized text (see :mod:`baocao.normalize`) unless `normalize`
    is False; a :class:`~baocao.options.NormalizeOptions` sets how (``NormalizeOptions(ocr=False)``
    leaves out the OCR repair, for born-digital text: the normalizer then takes a tenth of the
    time). Either way the offsets and the `text` of every record are the original's. A
    :class:`~baocao.document.Document` is searched as it was normalized. The options are checked
    before any work: an unknown kind is a ValueError naming the kinds (:data:`RULE_KINDS`), and
    so is a single line that names a file (``extract("report.txt")``), pointing at
    :func:`baocao.parse_file`, as for :func:`baocao.parse`.

    >>> [(r.kind, r.text) for r in extract("tỷ lệ hộ nghèo giảm bình quân 5,61%/năm")]
    [('percentage', '5,61%/năm')]
    >>> [r.kind for r in extract("Ngày 19/8/2020, vốn 28 tỷ đồng", options=ExtractOptions(kinds={"money"}))]
    ['money']
    """
    check_text(text, "baocao.extract", "baocao.parse_file({path!r}).records reads a file")
    if options is None:
        options = ExtractOptions(kinds=kinds, normalize=normalize_options(normalize))
    elif kinds is not None or normalize is not True:
        raise TypeError("extract() takes options= or the kinds=/normalize= shortcuts, not both")
    elif not isinstance(options, ExtractOptions):
        raise TypeError(f"options must be an ExtractOptions, not {type(options).__name__}")
    from baocao.document import Document

    if isinstance(text, Document):
        d = text
    else:
        d = Document.from_text(text, doc, options.normalize or False)
    return extract_document(d, options.kinds, chosen(options.vocabulary))


class _Package(types.ModuleType):
    """This package, callable as :func:`extract` (``baocao.extract(text)``)."""

    def __call__(self, *args: Any, **kwargs: Any) -> list[Record]:
        return extract(*args, **kwargs)


sys.modules[__name__].__class__ = _Package
__signature__ = inspect.signature(extract)   # what help() and a notebook show for a call


if VOCABULARY is not None:
    # a copy of the rules for a user vocabulary: its extractors are imported now, while the copy
    # is being imported (later, importing them by name would give the bundled ones)
    _extractors()
