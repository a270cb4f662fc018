"""A dated period written inside a lead, between the indicator's name and a qualifier of the statement:
the name ends before the period (``Tỷ lệ hộ nghèo năm 2005 theo tiêu chí mới là 44,8%`` → ``Tỷ lệ hộ
nghèo``; ``tăng trưởng GDP năm 2025 của nước ta ước đạt 8%`` → ``tăng trưởng GDP``); read by
:func:`baocao.resolve.phrases.name_in`."""
from __future__ import annotations

from bisect import bisect_right
from typing import Optional

import regex

from baocao.resolve._rules import load, words_pattern
from baocao.resolve.context import Context
from baocao.resolve.tagger import tags as pos_tags
from baocao.resolve.vocabulary import PERIOD_LEAD_AT_END
from baocao.resolve.written import has_year

__all__ = ["end_before_a_dated_period"]

NOUN_TAGS = frozenset({"N", "Np", "Nc", "Nu", "Ny", "Nb"})
"""underthesea's tags of a noun: a noun right after the period goes on naming the thing measured
(``diện tích năm 2024 lúa``), so the period does not end the name."""


# a word of the country after the period ("tăng trưởng GDP năm 2025 của nước ta"): the name keeps it, the
# mark of the country's figure its key reads (indicator_keys' country_words; folded)
_COUNTRY = regex.compile(words_pattern(load("indicator_keys").country_words))


def end_before_a_dated_period(ctx: Context, a: int, b: int) -> Optional[int]:
    """Where the name in [a, b) ends when a period record with its year (``năm 2005``, ``giai đoạn
    2026 - 2030``) stands inside it, after a word of the name and outside an aside, and the word right
    after the period is no noun (a preposition, an adjective, an adverb: ``theo tiêu chí mới``, ``trung
    bình các xã``, ``của nước ta``, ``sẽ``): the end of the first such period, which the stripping of a
    name's ends then takes off with its lead words (``GDP trong suốt giai đoạn 2016 - 2023 …`` →
    ``GDP``); None otherwise.

    The period is the statement's, and what follows it qualifies the statement (a standard, a scope, a
    modal), no part of the indicator's name: gold names hold no year. Not before verbs alone, which may
    be the name's own (``vốn năm 2024 chuyển sang``, capital carried over), nor before a word of the country
    (``tăng trưởng GDP năm 2025 của nước ta``), which marks the country's figure for its key, nor before a
    conjunction (``bồi dưỡng trong năm 2025 và đưa ra khỏi kế hoạch 55 lớp``: another predicate)."""
    periods, text = ctx.periods, ctx.text
    i = bisect_right(ctx.period_starts, a)
    while i < len(periods) and periods[i][0] < b:
        start, end, label = periods[i]
        i += 1
        if end >= b or not has_year(label):
            continue
        lead = PERIOD_LEAD_AT_END.search(ctx.lower, a, start)
        if not any(ch.isalpha() for ch in text[a:start if lead is None else lead.start()]):
            continue        # "ước đến cuối tháng 6 toàn tỉnh xuống giống": no name before the period
        if text.count("(", a, start) != text.count(")", a, start):
            continue        # "tổng lượng mưa (tính đến 07h ngày 30/9/2025) phổ biến": inside an aside
        tail = text[end:b].strip()
        if not tail or not tail[0].isalpha() or _COUNTRY.search(ctx.folded, end, b) is not None:
            continue
        try:
            tagged = pos_tags(tail)
        except Exception:  # pragma: no cover - the tagger is optional help, never a failure
            return None
        # verbs alone (the tagger reads some as numerals: "thu hút") may be the name's own
        # and a conjunction opens another predicate, whose figure the words before it do not name
        if (tagged and tagged[0][1] not in NOUN_TAGS and tagged[0][1] not in ("C", "CC")
                and not all(t in ("V", "M") for _, t in tagged)):
            return end
    return None
