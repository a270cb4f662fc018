"""A year's event that reviews the year before: the body's results, not the opening's year, date the document.

A conference that deploys a year's tasks (``Tri Tôn triển khai nhiệm vụ kinh tế xã hội năm 2023``, dated
13/01/2023), a new year's meeting (``Chợ Mới họp mặt mừng Đảng-mừng Xuân Nhâm Dần năm 2022``) or a note
whose lead names the plan of the coming year (``… tiếp tục đặt ra trong kế hoạch … trong năm 2024``) names
the year it is held in or plans; its body then reports the results of the year before (``Theo đánh giá,
chương trình công tác năm 2022 … đã thực hiện hoàn thành 118 nội dung``, ``Bằng nhiều giải pháp đồng bộ,
đến cuối năm 2023, thu nhập … đạt 44,7 triệu đồng``). :func:`prior_year` gives that earlier year as the
period the document reports on when the first year written in the body's :data:`BODY_REACH` characters
after the opening (not one compared with, not in a citation: ``Căn cứ …``, ``Xét Báo cáo … năm 2021``;
not a figure's own in a parenthesis: ``đạt 5.000 tỷ đồng (năm 2020)``; not the opening's year named again
with a plan) is the opening's year minus one, written alone and in a sentence that reports a result
(``prior_result_words``). A plan or a budget whose body restates its own year (``KẾ HOẠCH KINH TẾ - XÃ HỘI
NĂM 2022`` / ``CÁC CHỈ TIÊU CHỦ YẾU CỦA NĂM 2022:``) or cites the year before only in its preamble keeps
its year.
"""
from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Optional

import regex

from baocao.core.fold import fold
from baocao.resolve._rules import load, words_pattern
from baocao.resolve.reach import SENTENCE_STOP, SENTENCE_STOP_BEFORE

if TYPE_CHECKING:
    from baocao.resolve.governing import When

BODY_REACH = 1500
"""How far after the document's opening the body's first year written is looked for."""
PLAN_REACH = 160
"""How far before a year, in its sentence, a word naming a plan makes it the plan's year again."""
COMPARED_REACH = 40
"""How far before a year, with no punctuation between, ``so``/``so với`` makes it a year compared with."""


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    w = load("indicators")
    plan = regex.compile(words_pattern(list(w.plan_period_leads) + list(w.plan_name_words)) + r"[^.;:!?\n]*$")
    result = regex.compile(words_pattern(w.prior_result_words))
    cite = regex.compile(r"^\s*" + words_pattern(w.citation_openers))
    # "tăng 16,24% so với thực hiện năm 2016": a year compared with, after words of its own
    compared = regex.compile(r"(?<!\p{L})so(?:\s+với)?(?!\p{L})[^,;.:()\n]*$")
    return plan, result, cite, compared


def prior_year(text: str, whole: Optional[When], periods: list[When], opening_end: int) -> Optional[When]:
    """The period of the body (one of `periods`, those of `text` not compared with, in text order) that the
    document reports on instead of `whole` (the period its opening, ending at `opening_end`, names), or None
    (see the module's doc).

    >>> import baocao
    >>> from baocao.resolve.governing import periods_of
    >>> t = ("Xã triển khai nhiệm vụ năm 2023\\n\\nNgày 10/1, xã triển khai nhiệm vụ năm 2023.\\n\\n"
    ...      "Năm 2022, xã đã thu ngân sách 5 tỷ đồng.")
    >>> ws = periods_of(baocao.parse(t))
    >>> prior_year(t, ws[0], ws, 32).label
    '2022'
    >>> t = "Kế hoạch năm 2023\\n\\nNăm 2023, xã phấn đấu thu 6 tỷ đồng; năm 2022 đã thu 5 tỷ đồng."
    >>> ws = periods_of(baocao.parse(t))
    >>> prior_year(t, ws[0], ws, 18) is None
    True
    """
    if (whole is None or whole.year is None or whole.start >= opening_end or whole.months != 12
            or getattr(whole.record, "period_type", None) != "year"):
        return None
    plan, result, cite, compared = _patterns()
    for p in periods:
        if p.start < opening_end or p.year is None:
            continue
        if p.start > opening_end + BODY_REACH:
            return None
        if compared.search(text[max(0, p.start - COMPARED_REACH):p.start].lower()):
            continue
        m = SENTENCE_STOP_BEFORE.search(text, 0, p.start)
        s = m.end() if m else 0
        m = SENTENCE_STOP.search(text, p.end)
        e = m.start() if m else len(text)
        if cite.search(fold(text[s:p.start])) or text.rfind("(", s, p.start) > text.rfind(")", s, p.start):
            continue        # a citation's year, or a figure's own in a parenthesis ("đạt 5.000 tỷ đồng (năm 2020)")
        if p.year == whole.year and plan.search(fold(text[max(s, p.start - PLAN_REACH):p.start])):
            continue        # the plan's year named again: "Chiều 13/1, UBND huyện … triển khai nhiệm vụ … năm 2023."
        if (p.year == whole.year - 1 and p.months == 12 and p.label == str(p.year)
                and result.search(fold(text[s:e]))):
            return p
        return None
    return None
