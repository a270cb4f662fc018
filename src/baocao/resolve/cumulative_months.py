"""The months so far that a cumulative word (``lũy kế``, ``cộng dồn``) with no count of months of its own
stands for (:func:`cumulative_periods`, read by :mod:`~baocao.resolve.indicator`)."""
from __future__ import annotations

from bisect import bisect_left

import regex

from baocao.resolve.context import PeriodSpan
from baocao.resolve.periods import CUMULATIVE_REACH, after_balance_noun
from baocao.resolve.vocabulary import BASE_PREFIX_AT_END, CUMULATIVE, CUMULATIVE_TO
from baocao.resolve.written import BASE_REACH

_ONE_MONTH = regex.compile(r"((?:19|20)\d\d)-(\d\d)")
_QUARTER_END = regex.compile(r"((?:19|20)\d\d)-Q([1-4])")
_PARAGRAPH_BREAK = regex.compile(r"\n")


def cumulative_periods(folded: str, periods: list[PeriodSpan]) -> list[PeriodSpan]:
    """`periods` (clean start, end, label; by start; in the offsets of `folded`, the folded clean text)
    with the months of the year so far where a cumulative word (``lũy kế``, ``cộng dồn``) that has no
    count of months of its own says so: the month right after it (``Lũy kế đến hết tháng 7`` →
    ``2021-01/2021-07`` in place of ``2021-07``), else a new span on the word itself when a month with
    its year is the last period before it in its paragraph, in reach, not a base (``… tháng 11 được 525.969
    triệu đồng, lũy kế được 8.812.251 triệu đồng``: ``2018-01/2018-11`` for the second figure), or a quarter,
    up to its last month (``lũy kế quý I tăng 12,7%. Kim ngạch … lũy kế 180,8 triệu USD`` → ``2021-01/2021-03``).
    No month, no change; nor after a balance's noun (``cumulative_balance_nouns``: ``khoản lỗ lũy kế``, the
    accumulated loss at its date).

    >>> cumulative_periods("thu thang 11 duoc 5 ty, luy ke duoc 9 ty", [(4, 12, "2018-11")])
    [(4, 12, '2018-11'), (24, 30, '2018-01/2018-11')]
    >>> cumulative_periods("luy ke den het thang 7 dat 9 ha", [(15, 22, "2021-07")])
    [(15, 22, '2021-01/2021-07')]
    >>> cumulative_periods("thang 11\\nLuy ke duoc 9 ty", [(0, 8, "2018-11")])
    [(0, 8, '2018-11')]
    >>> cumulative_periods("quy III tang 5%, luy ke dat 9 ty", [(0, 7, "2021-Q3")])
    [(0, 7, '2021-Q3'), (17, 23, '2021-01/2021-09')]
    >>> cumulative_periods("tinh den het quy I/2017, khoan lo luy ke dat 9 ty", [(17, 23, "2017-Q1")])
    [(17, 23, '2017-Q1')]
    """
    out = list(periods)
    starts = [p[0] for p in out]
    added: list[PeriodSpan] = []
    for m in CUMULATIVE.finditer(folded):
        if after_balance_noun(folded, m.start()):
            continue    # "khoản lỗ lũy kế": a balance, no months so far
        to = CUMULATIVE_TO.match(folded, m.end())
        if to is not None:
            i = bisect_left(starts, to.end())
            if i < len(out) and out[i][0] == to.end():
                one = _ONE_MONTH.fullmatch(out[i][2] or "")
                if one is not None:
                    out[i] = (out[i][0], out[i][1], f"{one[1]}-01/{one[1]}-{one[2]}")
                continue
        i = bisect_left(starts, m.start()) - 1
        while i >= 0 and BASE_PREFIX_AT_END.search(folded, max(0, out[i][0] - BASE_REACH), out[i][0]):
            i -= 1          # "giảm 1,26% so với cuối tháng 9": a base, no month of the figures
        if i < 0 or out[i][1] > m.start() or out[i][1] < m.start() - CUMULATIVE_REACH:
            continue
        one = _ONE_MONTH.fullmatch(out[i][2] or "") or _QUARTER_END.fullmatch(out[i][2] or "")
        if one is None or _PARAGRAPH_BREAK.search(folded, out[i][1], m.start()):
            continue
        last = one[2] if one.re is _ONE_MONTH else f"{3 * int(one[2]):02d}"     # a quarter: up to its last month
        added.append((m.start(), m.end(), f"{one[1]}-01/{one[1]}-{last}"))
    return sorted(out + added, key=lambda p: (p[0], p[1]))
