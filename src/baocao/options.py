"""The options of every layer, frozen, each default defined once, here.

One object per layer, composed upward: :class:`NormalizeOptions` (how a text is normalized),
:class:`ExtractOptions` (which record kinds, normalized how), and the batch engine's options, which
hold those. Every function that takes a setting accepts the object of its layer; the keyword
shortcuts some functions keep (``ocr=False``, ``kinds=…``) build the same object.

>>> NormalizeOptions(ocr=False).ocr
False
>>> NormalizeOptions().threshold == OCR_THRESHOLD
True
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Optional

ToneStyle = Literal["new", "old"]

#: OCR edits with at least this confidence are applied; the others are suggestions (see
#: :mod:`baocao.normalize.ocr`'s confidence ladder, whose every fix is above it).
OCR_THRESHOLD = 0.8

#: Seconds one document may take in a batch run (read + extract); 0 for no limit.
DEFAULT_TIMEOUT = 120.0


@dataclass(frozen=True)
class NormalizeOptions:
    """Options of :func:`baocao.normalize.normalize`.

    - ``tone_style``: ``"new"`` (default, underthesea's convention: hòa, thủy, ủy), ``"old"``
      (hoà, thuỷ, uỷ) or ``None`` (leave tone placement alone).
    - ``layout``: drop page furniture (running headers, footers, page numbers), write plain-digit
      footnote markers as superscripts, join paragraphs cut by a page break, lines wrapped inside
      a paragraph and words hyphenated at a line end (default True; see
      :mod:`baocao.normalize.layout`).
    - ``ocr``: repair OCR diacritic errors (default True).
    - ``threshold``: OCR edits with at least this confidence are applied (default
      :data:`OCR_THRESHOLD`, 0.8, below every fix of the confidence ladder and above every
      suggestion); the others are kept in ``Normalized.suggestions``, not applied.
    """

    tone_style: Optional[ToneStyle] = "new"
    layout: bool = True
    ocr: bool = True
    threshold: float = OCR_THRESHOLD


@dataclass(frozen=True)
class ExtractOptions:
    """Options of :func:`baocao.extract`.

    - ``kinds``: only records of these kinds (None: every kind of ``baocao.extract.RULE_KINDS``).
    - ``normalize``: how the text is normalized before the rules run; None runs them on the text as
      it is (offsets are the original's either way).
    """

    kinds: Optional[frozenset[str]] = None
    normalize: Optional[NormalizeOptions] = NormalizeOptions()


__all__ = ["DEFAULT_TIMEOUT", "ExtractOptions", "NormalizeOptions", "OCR_THRESHOLD", "ToneStyle"]
