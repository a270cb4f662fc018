"""The options of every layer, frozen, each default defined once, here.

One object per layer, composed upward: :class:`NormalizeOptions` (how a text is normalized),
:class:`ExtractOptions` (which record kinds, normalized how; :func:`baocao.extract` and
:func:`baocao.parse` take it), and the batch engine's options, which hold those. Every function that
takes a setting accepts the object of its layer; the keyword shortcuts some functions keep
(``normalize=False``, ``kinds=…``, ``ocr=False``) build the same object. An object is checked once,
when it is made: a wrong setting fails there with a message naming what is valid, before any work.

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
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal, Optional, Union, get_args

#: Where a tone mark goes: ``"new"`` (hòa, thủy, ủy) or ``"old"`` (hoà, thuỷ, uỷ).
ToneStyle = Literal["new", "old"]

#: OCR edits with at least this confidence are applied; the others are suggestions (see
#: :mod:`baocao.normalize.ocr`'s confidence ladder, whose every fix is above it).
OCR_THRESHOLD = 0.8

#: Seconds one document may take in a batch run (read + extract); 0 for no limit.
DEFAULT_TIMEOUT = 120.0

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
class ExtractOptions:
    """Options of :func:`baocao.extract` (and of :func:`baocao.parse`, which reads every kind).

    - ``kinds``: only records of these kinds, any collection of names from :data:`RULE_KINDS`
      (kept as a frozenset); None (default): every kind.
    - ``normalize``: how the text is normalized before the rules run (default
      ``NormalizeOptions()``); None (or False) runs them on the text as it is. Offsets are the
      original's either way.

    >>> ExtractOptions(normalize=False).normalize is None
    True
    """

    kinds: Optional[Collection[str]] = None
    normalize: Optional[NormalizeOptions] = DEFAULT_NORMALIZE

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


__all__ = ["DEFAULT_NORMALIZE", "DEFAULT_TIMEOUT", "ExtractOptions", "NormalizeOptions", "OCR_THRESHOLD",
           "RULE_KINDS", "ToneStyle", "normalize_options"]
