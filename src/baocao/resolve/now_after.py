"""``đến nay``/``hiện nay`` written after the period of a statement's sentence: the document's date.

A period that opens a sentence or a clause before a statement dates it (docs/records.md, §indicator
``period``, rule 3) before ``đến nay``/``hiện nay`` (``now_words``, rule 5) is read. When the now word is
written *after* that period, between it and the figure, it says that the figure no longer holds over
that period but up to now: ``Năm 2017, huyện được công nhận đạt chuẩn huyện Nông thôn mới, và đến nay có
7/7 xã đạt chuẩn Nông thôn mới nâng cao`` → the document's date, not ``2017``; ``Theo bộ tiêu chí nông
thôn mới cấp xã giai đoạn 2021-2025, hiện nay xã Hòa Hậu đạt 13/19 tiêu chí`` → the document's date;
``Từ đầu năm đến nay, công nhận mới 52 sản phẩm OCOP; lũy kế đến nay toàn tỉnh có 1.006 sản phẩm`` →
the document's date for the second (dev 193, 347, 392: three publishers).

Not a now word that ends a period (``từ năm 2011 đến nay``, ``từ đầu năm đến nay``: the period record
holds it, and dates its statements as that rule says), nor one written before the period that governs
(``Đến nay, năm 2023 …``), nor one farther back than :data:`~baocao.resolve.periods.NOW_REACH` with a
figure between (``lũy kế đến nay có 1.095 dự án; …`` does not date the statements after the next
figure), nor one inside a phrase rather than opening its clause (``now_clause_leads`` may stand before it):
``Năm 2023, xuất khẩu đạt 2 tỷ USD, cao nhất từ trước đến nay, nhập khẩu đạt 1,5 tỷ USD`` and ``Năm 2022,
tỷ lệ hộ nghèo theo chuẩn nghèo hiện nay là 3,5%`` are the year's. The adverb ``hiện`` alone is not read
here: ``năm 2019, tổng số hộ nghèo hiện còn 16.003 hộ`` is the year's (resolve/now_adverb.py).
"""
from __future__ import annotations

from bisect import bisect_left

import regex

from baocao.resolve.context import Context
from baocao.resolve._rules import words_pattern
from baocao.resolve.periods import NOW_REACH, NOW_SENTENCE_REACH
from baocao.resolve.reach import sentence_start_within
from baocao.resolve.vocabulary import NOW, PLAN_NAME_BEFORE, WORDS
from baocao.resolve.written import has_year

__all__ = ["now_after_period"]


def now_after_period(ctx: Context, pos: int) -> bool:
    """True when a now word (``now_words``) stands before clean offset `pos` in its sentence, after
    every period with its year written there before `pos`, outside any period record, and within
    :data:`NOW_REACH` of `pos` or with no figure between."""
    lo = max(0, pos - NOW_SENTENCE_REACH)
    if NOW.search(ctx.folded, lo, pos) is None:     # most figures: no now word before them
        return False
    a = sentence_start_within(ctx.text, pos, NOW_SENTENCE_REACH)
    last = None
    for last in NOW.finditer(ctx.folded, a, pos):
        pass
    # a statement in an aside after the now word's own ("lũy kế đến nay toàn tỉnh có 1.006 sản phẩm (826
    # sản phẩm đạt 3 sao; 164 sản phẩm đạt 4 sao; …)"): reached from the aside's opening
    at = pos if last is None else _aside_start(ctx.text, last.end(), pos)
    if last is None or (at - last.end() > NOW_REACH and ctx.figures_from(last.end(), at)):
        return False
    opening = max(a, max(ctx.text.rfind(c, a, last.start()) for c in ",;:(\n") + 1)
    if _CLAUSE_LEADS.fullmatch(ctx.folded, opening, last.start()) is None:
        return False    # "cao nhất từ trước đến nay", "theo chuẩn nghèo hiện nay": inside a phrase
    before = None
    for p0, p1, label in ctx.periods[bisect_left(ctx.period_starts, a):]:
        if p0 >= pos:
            break
        if not has_year(label):
            continue
        if p1 > last.start() - 2:
            return False    # "từ năm 2011 đến nay", "từ đầu năm 2024 đến nay", or a period after the now word
        before = p0, p1
    # the now word right after the period and its comma ("… hộ cận nghèo năm 2020, hiện nay, số hộ
    # nghèo …"): the now of that period's data; after a clause of its own, or after a plan's name
    # ("Theo bộ tiêu chí … giai đoạn 2021-2025, hiện nay …"), the document's
    return (before is None or _WORD.search(ctx.text, before[1], last.start()) is not None
            or PLAN_NAME_BEFORE.search(ctx.folded, a, before[0]) is not None)


_WORD = regex.compile(r"\p{L}")
# what may stand between the opening of a now word's clause and the now word (folded): "và", "lũy kế", …
_CLAUSE_LEADS = regex.compile(rf"\s*(?:{words_pattern(WORDS.now_clause_leads)}\s*)*")


def _aside_start(text: str, a: int, pos: int) -> int:
    """The opening of the parenthesis that holds `pos`, opened after `a` and not closed before
    `pos`; else `pos`."""
    k = text.rfind("(", a, pos)
    return k if k >= 0 and text.find(")", k, pos) < 0 else pos
