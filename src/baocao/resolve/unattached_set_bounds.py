"""A bound that says which members of a counted set are counted: no indicator of its own.

A report counts the members of a set that pass a bound: ``2/20 sản phẩm đạt mức tăng trưởng trên 10%``
(361 Sở Công Thương Bình Dương), ``xây dựng được 295 mô hình kinh tế cho thu nhập trên 100 triệu đồng/năm``
(219 Báo Hà Tĩnh), ``cả nước có 09 tỉnh, thành phố có kim ngạch xuất khẩu đạt trên 01 tỷ USD`` (030 Đảng bộ
Bắc Ninh), ``toàn huyện không còn xã nào có tỷ lệ hộ nghèo hơn 50%`` (359 tin247), ``một số khoản thu còn đạt
tỷ lệ thấp dưới 20%`` (214 Cổng TTĐT Cẩm Xuyên). The bound (a figure with a qualifier: ``trên``, ``dưới``,
``hơn``, ``từ … trở lên``, a range) measures no member and no whole: it is part of what the count counts.
:func:`bound_of_a_set` names the reason such a figure is left unattached, or None. The words are the lists
of ``data/indicators.yaml`` (``set_bound_leads`` … ``set_bound_not_measures``):

- the set: a count (a number and a noun that is no time, ``set_bound_not_counts``: not ``6 tháng``), or a
  noun after ``set_bound_leads`` (``một số``), or a noun and ``nào``; at most a few words of its noun (a list of
  administrative units may be joined by commas);
- then a verb of having or reaching (``set_bound_verbs``: ``có``, ``đạt``, ``cho``), perhaps after ``còn``;
- then the words of what is measured, at least one and not a total (``set_bound_not_measures``: ``27 dự án
  có tổng vốn đầu tư trên 5.000 tỷ đồng`` is the projects' capital), then the bounded figure.

A level with no measure after its verb stays (``1.200 doanh nghiệp, doanh thu đạt trên 500 tỷ đồng``,
``10 tháng thu ngân sách đạt trên 1.000 tỷ đồng``), and so does a bound after a set with no count
(``các doanh nghiệp FDI đạt kim ngạch xuất khẩu trên 2 tỷ USD``).
"""
from __future__ import annotations

from typing import Optional

import regex

from baocao.resolve.context import Context, Figure
from baocao.resolve.vocabulary import WORDS, exact_alternation, exact_words

__all__ = ["SET_BOUND_REASON", "bound_of_a_set"]

#: The reason given to a bound of the members a count counts.
SET_BOUND_REASON = ("other: a bound of the members a count counts (2/20 sản phẩm đạt mức tăng trưởng trên 10%) "
                    "is part of what is counted, no indicator")

LOOK_BACK = 120
"""How far before a figure its set, verb and measure are read."""

_BOUNDS = frozenset({"range", "under", "over", "at_least", "at_most"})
_WORD = r"\p{L}+"
_GAP = r"[ \u00a0]+"
_ADMIN = exact_alternation(WORDS.administrative_units)
# the noun of the set: a few words, or administrative units joined by commas ("tỉnh, thành phố")
_NOUN = rf"{_WORD}(?:{_GAP}{_WORD}){{0,5}}(?:[ \u00a0]*,[ \u00a0]*{_ADMIN}(?!\p{{L}}))*"
_TIME_BEFORE = r"(?<!(?:năm|tháng|quý|ngày|tuần)[ \u00a0]+)"
_COUNT = (rf"{_TIME_BEFORE}(?<![\p{{L}}\p{{N}}.,/])\d[\d.,/]*{_GAP}"
          rf"(?!{exact_alternation(WORDS.set_bound_not_counts)}(?!\p{{L}})){_NOUN}")
_SET = (rf"(?:{_COUNT}|{exact_words(WORDS.set_bound_leads)}{_GAP}{_NOUN}"
        rf"|(?<!\p{{L}}){_WORD}{_GAP}nào)")
_MEASURE = (rf"(?!{exact_alternation(WORDS.set_bound_not_measures)}(?!\p{{L}}))"
            rf"{_WORD}(?:{_GAP}{_WORD}){{0,7}}")
# read on the lower-cased text where the text before the figure ends (its bound is the figure's own)
_SET_BEFORE = regex.compile(
    rf"{_SET}(?:{_GAP}còn)?{_GAP}{exact_words(WORDS.set_bound_verbs)}{_GAP}{_MEASURE}[ \u00a0]*$")


def bound_of_a_set(ctx: Context, fig: Figure) -> Optional[str]:
    """The reason ``fig`` is a bound of the members a count before it counts (``2/20 sản phẩm đạt mức
    tăng trưởng trên 10%``), no indicator; else None."""
    rec = fig.rec
    if getattr(rec, "qualifier", None) not in _BOUNDS:
        return None
    start = max(0, rec.start - LOOK_BACK)
    return SET_BOUND_REASON if _SET_BEFORE.search(ctx.lower, start, rec.start) is not None else None
