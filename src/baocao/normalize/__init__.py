"""Normalize damaged Vietnamese text, explain every edit, and map clean offsets back to the original.

>>> n = normalize("Thị trần Mường Ấng, hoà bình")
>>> n.text
'Thị trấn Mường Ảng, hòa bình'
>>> print(n.explain())  # doctest: +NORMALIZE_WHITESPACE
offset        before        after         rule                    conf  why
4:8           'trần'        'trấn'        ocr.context             0.95  "thị trấn" is report vocabulary; "trần" forms no word here
9:18          'Mường Ấng'   'Mường Ảng'   ocr.place_name          0.90  "Mường Ảng" is the official spelling of a place with this form
21:23         'oà'          'òa'          unicode.tone_placement  1.00  tone mark placed by the new-style convention
>>> n.to_original(9)
9

The package is callable: ``baocao.normalize(text)`` is :func:`normalize` (this package's function),
while ``baocao.normalize.ocr`` and the other modules stay reachable, and ``import baocao.normalize
as nz`` gives this package (``nz(text)``, ``nz.STEPS``). A type checker sees a module, so typed code
imports the function: ``from baocao.normalize import normalize``.
"""
from __future__ import annotations

import gc
import inspect
import sys
import types
import unicodedata
from bisect import bisect_right
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any, Iterable, Iterator, Optional

from baocao.core.memory import release_free_memory
from baocao.normalize.edits import Edit, OffsetMap, apply_edits, compose
from baocao.normalize.layout import layout_edits, reading_order
from baocao.normalize.ocr import DocumentEvidence, ocr_edits, tokenized
from baocao.normalize.ocr.tokens import Tokenized
from baocao.normalize.unicode import unicode_edits
from baocao.options import DEFAULT_NORMALIZE, NormalizeOptions, ToneStyle

# Every rule name an edit can carry, with what it does (an explanation can be replayed by name).
STEPS = {
    "unicode.nfc": "compose decomposed letters (NFC)",
    "unicode.invisible": "delete zero-width characters, soft hyphens, BOMs and direction marks",
    "unicode.space": "replace non-breaking and other odd spaces by a plain space",
    "unicode.lookalike": "replace look-alike letters (Ð for Đ, Cyrillic in Latin words)",
    "unicode.stray_mark": "drop combining marks with nothing to combine with",
    "unicode.tone_placement": "put tone marks by one convention (hòa/thủy or hoà/thuỷ)",
    "layout.page_break": "join a paragraph cut in two by a page break",
    "layout.line_wrap": "join a line wrapped inside a paragraph",
    "layout.hyphenation": "join a word hyphenated at a line end",
    "layout.page_number": "drop a page number at the head or foot of a page",
    "layout.running_header": "drop a line repeated at the head of many pages",
    "layout.running_footer": "drop a line repeated at the foot of many pages",
    "layout.marker_line": "put a footnote marker standing on a line of its own back in its line",
    "layout.footnote_marker": "write a footnote marker given in plain digits as superscripts",
    "ocr.place_name": "restore the official spelling of a place name",
    "ocr.context": "restore a syllable's diacritics where its neighbours say which word it is",
    "ocr.non_word": "replace a non-syllable by the nearest common valid syllable",
    "ocr.document": "restore a syllable's diacritics where the document writes the word right elsewhere",
    "ocr.running_text": "restore a syllable's diacritics where running text makes another reading far likelier",
    "ocr.confusion": "fix a valid phrase OCR made from another, where the context says so",
}


# The options live with every layer's options in baocao.options; the old names stay aliases
# (deprecated: NormalizeConfig is NormalizeOptions, DEFAULT_CONFIG the default options).
NormalizeConfig = NormalizeOptions
DEFAULT_CONFIG = DEFAULT_NORMALIZE


@dataclass(frozen=True)
class Normalized:
    """A normalized text: ``original``, clean ``text``, the ``edits`` between them (original
    coordinates), lower-confidence ``suggestions`` that were not applied, and the offset map."""

    original: str
    text: str
    edits: tuple[Edit, ...]
    suggestions: tuple[Edit, ...] = ()
    _map: Optional[OffsetMap] = field(default=None, repr=False, compare=False)

    def to_original(self, i: int) -> int:
        """Return the original offset of clean position `i`."""
        return self._offsets().to_original(i)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Return the original span of the clean span [start, end)."""
        return self._offsets().span_to_original(start, end)

    def _offsets(self) -> OffsetMap:
        """The offset map, made from the edits when the object was built without one."""
        if self._map is None:
            object.__setattr__(self, "_map", OffsetMap(list(self.edits), len(self.original)))
        assert self._map is not None
        return self._map

    def explain(self, suggestions: bool = False) -> str:
        """One line per edit: offset, before, after, rule, confidence and why."""
        rows = list(self.edits) + (list(self.suggestions) if suggestions else [])
        lines = [f"{'offset':13} {'before':13} {'after':13} {'rule':23} {'conf':5} why"]
        for e in sorted(rows, key=lambda e: e.start):
            off = f"{e.start}:{e.end}" if e.end - e.start != 1 else str(e.start)
            lines.append(f"{off:13} {_show(e.before):13} {_show(e.after):13} {e.rule:23} "
                         f"{e.confidence:4.2f}  {e.why}")
        return "\n".join(lines)


def _show(s: str) -> str:
    if len(s) == 1 and (not s.isprintable() or s.isspace() or unicodedata.combining(s)):
        return f"U+{ord(s):04X}"
    return repr(s)


RELEASE_AFTER = 1 << 20
"""After normalizing a text longer than this (in characters), the memory its OCR pass's
short-lived objects held goes back to the system (:func:`~baocao.core.memory.release_free_memory`;
about 70 MB for a 50 MB text)."""
_CHUNK = 1 << 16
# The evidence of a document (ocr.DocumentEvidence) is gathered over blocks of up to 2M characters,
# whose chunks' tokens are kept at once (about 60 MB): a report is one block.
_BLOCK = 1 << 21
_MAX_PASSES = 3


def _ocr_until_stable(text: str, threshold: float, document: Optional[DocumentEvidence] = None,
                      tokens: Optional[Tokenized] = None) -> list[Edit]:
    """OCR edits of `text`, looked at again around each applied fix until nothing more applies (a
    fix can give the syllables next to it the context they lacked), so normalizing twice changes
    nothing. Only a window around each fix is read again: context reaches a few syllables.
    `document`: the whole document `text` is part of (its words are evidence); `tokens`: `text`
    tokenized (:func:`~baocao.normalize.ocr.tokenized`)."""
    edits = ocr_edits(text, threshold, document, tokens)
    applied = [e for e in edits if e.confidence >= threshold]
    suggestions = [e for e in edits if e.confidence < threshold]
    fresh = applied
    for _ in range(_MAX_PASSES - 1):
        if not fresh:
            break
        fixed = apply_edits(text, applied)
        m = OffsetMap(applied, len(text))
        # the windows are read in one call, a separator between them that no context crosses
        windows = _windows([(m.to_clean(e.start), m.to_clean(e.end)) for e in fresh], fixed)
        starts = list(accumulate([0] + [hi - lo + len(_SEPARATOR) for lo, hi in windows[:-1]]))
        joined = _SEPARATOR.join(fixed[lo:hi] for lo, hi in windows)
        more = []
        for e in ocr_edits(joined, threshold, document):
            if e.confidence >= threshold:
                k = bisect_right(starts, e.start) - 1
                lo, hi = windows[k]
                a, b = e.start - starts[k] + lo, e.end - starts[k] + lo
                # a syllable near a window's cut is read without its neighbours on that side: it
                # was judged with its full context in the first pass
                if (lo > 0 and a - lo < _EDGE) or (hi < len(fixed) and hi - b < _EDGE):
                    continue
                more.append(e.shifted(lo - starts[k]))
        if not more:
            break
        fresh = more
        applied = compose(text, applied, more)
    return applied + [s for s in suggestions
                      if not any(a.start < s.end and s.start < a.end for a in applied)]


# Context reaches a few syllables: a term of report vocabulary has at most six (about 40
# characters), and ocr_confusions.tsv looks 40 characters back.
_WINDOW = 48
_EDGE = 16
"""A second pass keeps no fix within this many characters of a window's cut (context reaches a few
syllables, and a window cuts them off)."""
# Between two windows read in one call: a full stop on a line of its own links no syllables, ends
# any list of names after "xã", and is no context of ocr_confusions.tsv.
_SEPARATOR = "\n.\n"


def _windows(spans: Iterable[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Merged windows of about _WINDOW characters either side of each span, cut at spaces."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        lo = text.rfind(" ", 0, max(0, s - _WINDOW)) + 1
        hi = text.find(" ", min(len(text), e + _WINDOW))
        hi = len(text) if hi < 0 else hi
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """Yield (offset, piece) of about 64K characters, cut after a sentence that ends a line, so OCR
    context never spans a cut and a long text costs the same per character as a short one."""
    start, n = 0, len(text)
    while n - start > _CHUNK:
        cut = max(text.rfind(".\n", start, start + _CHUNK), text.rfind(";\n", start, start + _CHUNK))
        if cut <= start:
            cut = text.rfind("\n", start, start + _CHUNK)
        if cut <= start:
            cut = text.rfind(" ", start, start + _CHUNK)
        cut = cut + 1 if cut > start else start + _CHUNK
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


def _blocks(chunks: Iterable[tuple[int, str]], length: int) -> Iterator[list[tuple[int, str]]]:
    """The chunks in blocks of about equal size, at most about _BLOCK characters each: the whole
    text is one block up to _BLOCK characters (any report), and a longer one (an archive read as
    one string) is judged a block at a time, so memory stays bounded."""
    size = length / max(1, -(-length // _BLOCK))
    block: list[tuple[int, str]] = []
    n = 0
    for offset, piece in chunks:
        block.append((offset, piece))
        n += len(piece)
        if n >= size:
            yield block
            block, n = [], 0
    if block:
        yield block


def _ocr_in_reading_order(text: str, threshold: float) -> list[Edit]:
    """OCR edits of `text` (its coordinates), found in its reading order (a paragraph cut by
    footnote bodies read as one: :func:`~baocao.normalize.layout.reading_order`) a chunk at a time,
    with the whole document's words as evidence (for a text over 2M characters, its block's)."""
    spans = reading_order(text)
    view = text if len(spans) == 1 else "".join(text[s:e] for s, e in spans)
    found = []
    for block in _blocks(_chunks(view), len(view)):
        # each chunk tokenized once, for the evidence of its block and for its own repair
        tokens = [tokenized(piece) for _, piece in block]
        document = DocumentEvidence(view, [(w, linked, toks.surface) for toks, linked, w in tokens])
        found += [e.shifted(offset) for (offset, piece), tok in zip(block, tokens)
                  for e in _ocr_until_stable(piece, threshold, document, tok)]
    if len(spans) == 1:
        return found
    # back from the view to the text: an edit lies inside one span (one that straddles two, a
    # phrase across the cut, is dropped: its characters are not contiguous in the text)
    starts = list(accumulate([0] + [e - s for s, e in spans[:-1]]))
    out = []
    for e in found:
        k = bisect_right(starts, e.start) - 1
        s, t = spans[k]
        if e.end - starts[k] <= t - s:
            out.append(e.shifted(s - starts[k]))
    return sorted(out, key=lambda e: e.start)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused (and resumed only if it ran before): the normalizer
    makes a great many short-lived tuples and no reference cycles, so the collector's passes over
    them find nothing and cost a fifth of the time. Reference counting frees everything as usual."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def normalize(text: str, options: NormalizeOptions = DEFAULT_NORMALIZE, *,
              config: Optional[NormalizeOptions] = None) -> Normalized:
    """Return the normalized text with its edits and offset map, normalized as `options` (a
    :class:`~baocao.options.NormalizeOptions`) says. ``config=`` is the older spelling of
    `options`, kept as a deprecated alias.

    >>> normalize("thị trần", NormalizeOptions(ocr=False)).text
    'thị trần'
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    if config is not None:
        if options is not DEFAULT_NORMALIZE:
            raise TypeError("normalize() takes options (or its older name config), not both")
        options = config
    if not isinstance(options, NormalizeOptions):
        raise TypeError(f"options must be a NormalizeOptions, not {type(options).__name__}")
    with _gc_paused():
        out = _normalize(text, options)
    if options.ocr and len(text) > RELEASE_AFTER:
        release_free_memory()   # the OCR pass's short-lived tokens of a long text
    return out


def _normalize(text: str, config: NormalizeOptions) -> Normalized:
    # the text made by the edits so far (``mid``) is held once: each copy of a 50 MB text is 70 MiB,
    # so a stage's copy is dropped before the next is made, and compose is handed the one there is
    first = unicode_edits(text, config.tone_style)
    mid = apply_edits(text, first) if first else text
    if config.layout:
        joins = layout_edits(mid)
        if joins:
            first = compose(text, first, joins, mid)
            mid = ""
            mid = apply_edits(text, first)
    suggestions: list[Edit] = []
    edits = first
    if config.ocr:
        found = _ocr_in_reading_order(mid, config.threshold)
        if len(text) > RELEASE_AFTER:
            release_free_memory()   # the OCR pass's short-lived tokens, before the copies below
        applied = [e for e in found if e.confidence >= config.threshold]
        if applied:
            edits = compose(text, first, applied, mid)
        m = OffsetMap(first, len(text))
        for e in found:
            if e.confidence < config.threshold:
                s, t = m.span_to_original(e.start, e.end)
                suggestions.append(Edit(s, t, text[s:t], e.after, e.rule, e.confidence, e.why))
    mid = ""
    clean = apply_edits(text, edits) if edits else text
    return Normalized(text, clean, tuple(edits), tuple(suggestions), OffsetMap(edits, len(text)))


class _Package(types.ModuleType):
    """This package, callable as :func:`normalize` (``baocao.normalize(text)``)."""

    def __call__(self, *args: Any, **kwargs: Any) -> Normalized:
        return normalize(*args, **kwargs)


sys.modules[__name__].__class__ = _Package
__signature__ = inspect.signature(normalize)   # what help() and a notebook show for a call

__all__ = ["Edit", "NormalizeConfig", "NormalizeOptions", "Normalized", "OffsetMap", "STEPS", "ToneStyle",
           "apply_edits", "normalize"]
