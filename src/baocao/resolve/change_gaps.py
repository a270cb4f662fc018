"""A change word and its figure apart: a span of years or a comparison base written between them.

``giá trị sản xuất tăng bình quân 5 năm 11,6%``, ``tăng bình quân giai đoạn 2016 - 2020 là 9,5%``, ``… và tăng so
với cùng kỳ năm trước 2,55%``: the figure is still the change the word governs (a growth), not a level. The words
(``gap_years``, ``gap_terms``, ``gap_reach`` in ``data/measures.yaml``; the comparison bases of
``data/indicators.yaml``) are read on the folded lead of the figure (:func:`without_gap`).
"""
from __future__ import annotations

import regex

from baocao.resolve._rules import load, words_pattern

_M, _I = load("measures"), load("indicators")
_YEARS = r"\d{4}(?:\s*[-–]\s*\d{4})?"
_SPAN = (r"(?:\d+\s+" + words_pattern(_M.gap_years) + "|" + words_pattern(_M.gap_terms) + r"\s+" + _YEARS + ")")
_BASE = (words_pattern(_I.change_base_prefixes) + r"\s+(?:" + words_pattern(_I.change_bases) + r"(?:\s+(?:"
         + words_pattern(_M.gap_years) + r"\s+)?" + words_pattern(["trước"]) + r"|\s+" + words_pattern(_M.gap_years)
         + r"\s+\d{4})?|" + words_pattern(_M.gap_years) + r"\s+\d{4})")
#: A change word (with its averaging word) at the end of a folded lead, then a span of years or a comparison base and
#: perhaps a verb of reaching: the part ``change`` is what the lead reads as without the gap.
GAP_AFTER_CHANGE_AT_END = regex.compile(
    "(?P<change>" + words_pattern(_I.increase + _I.decrease) + r"(?:\s+" + words_pattern(_I.averaging) + r")?)\s+(?:"
    + _SPAN + "|" + _BASE + r")(?:\s+" + words_pattern(_M.gap_reach) + r")?\s*$")


def without_gap(lead: str) -> str:
    """The folded ``lead`` with a span of years or a comparison base between its change word and the figure left out.

    >>> without_gap("gia tri san xuat tang binh quan 5 nam"), without_gap("va tang so voi cung ky nam truoc")
    ('gia tri san xuat tang binh quan', 'va tang')
    >>> without_gap("tang binh quan giai doan 2016 - 2020 la"), without_gap("dan so 5 nam")
    ('tang binh quan', 'dan so 5 nam')
    """
    return GAP_AFTER_CHANGE_AT_END.sub(r"\g<change>", lead)


#: :data:`GAP_AFTER_CHANGE_AT_END` with a span of years only (``tăng bình quân 2 năm``).
SPAN_AFTER_CHANGE_AT_END = regex.compile(
    words_pattern(_I.increase + _I.decrease) + r"(?:\s+" + words_pattern(_I.averaging) + r")?\s+" + _SPAN
    + r"(?:\s+" + words_pattern(_M.gap_reach) + r")?\s*$")


def over_its_own_span(lead: str) -> bool:
    """True when the folded ``lead`` ends with a change over a span of years of its own: after a level it is a
    statement of its own, not that level's change (``… năm 2022 đạt 332,649 tỷ đồng, tăng bình quân 2 năm 10,50
    %/năm``; docs/records.md, a growth over a span of its own).

    >>> over_its_own_span("tang binh quan 2 nam"), over_its_own_span("tang so voi cung ky nam truoc")
    (True, False)
    """
    return SPAN_AFTER_CHANGE_AT_END.search(lead) is not None
