"""The period a report's opening says it estimates frames the lead-ins that name that period.

A statistics release titles the period whose figures are not final yet with ``ước`` before it
(``BÁO CÁO Tình hình kinh tế - xã hội tháng Chín và ước 9 tháng năm 2018``; ``tháng 10, ước tháng 11
và 11 tháng năm 2018``): the period after the word (``title_estimate_words`` in
``data/indicators.yaml``) is estimated. A lead-in clause of the report that names the same period and
writes no framing of its own (``Kết quả cụ thể một số lĩnh vực đạt được trong 9 tháng đầu năm 2018 như
sau: Tổng sản phẩm trên địa bàn (GRDP) tăng 7,17%; …``) lists that period's estimates:
:func:`estimated_periods` finds the periods, :mod:`~baocao.resolve.governing` frames the lead-ins.
A lead-in of another period (the title's month, a past year) is not framed so, nor is a statement
outside a lead-in: the estimate reaches what the lead-in governs, no further.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from baocao.core.fold import fold
from baocao.resolve._rules import words_pattern
from baocao.resolve.vocabulary import WORDS

if TYPE_CHECKING:
    from baocao.resolve.governing import When

__all__ = ["estimated_periods"]

WORD_REACH = 20
"""How far before a period of the opening its estimate word can start."""
_WORD_BEFORE = regex.compile(words_pattern(WORDS.title_estimate_words) + r"[ \t\u00a0]*$")


def estimated_periods(text: str, periods: Sequence[When], opening_end: int) -> list[When]:
    """The periods of ``periods`` written in the opening (before ``opening_end``) right after an
    estimate word: ``ước 9 tháng năm 2018`` in ``tháng Chín và ước 9 tháng năm 2018`` (not the month
    before it)."""
    return [w for w in periods if w.start < opening_end
            and _WORD_BEFORE.search(fold(text[max(0, w.start - WORD_REACH):w.start])) is not None]
