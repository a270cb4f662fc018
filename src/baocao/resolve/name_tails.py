"""Tails at the end of a name that say how a figure is measured or ranked, no part of what it measures; read
by :func:`baocao.resolve.naming.named_by_phrase_before`, a span of time first, then a rank:

- a span of time: ``trong 6 tháng`` or a bare ``9 tháng`` (a number of months with no year, which no period
  record covers; a bare one of 1 to 11 months, not after a word that makes it an age or a term: ``trẻ em
  dưới 6 tháng``, ``kỳ hạn 6 tháng``), ``trong 20 năm qua`` (a number of years after ``trong``/``sau``, or bare, ``Tổng thu ngân sách nhà nước 5 năm``,
  not after a word that makes it a term) and ``từ đầu`` left before a period record (``từ đầu năm đến nay``)
  say over how long the figure is measured (``Tổng thu ngân sách nhà nước trong 6 tháng ước trên 78 tỉ đồng``
  → ``Tổng thu ngân sách nhà nước``; ``Tổng thu ngân sách 9 tháng 20,8 tỷ đồng``, 155 and 204, Gia Lai's and
  Hà Nội's broadcasters; ``Tăng trưởng giá trị sản xuất công nghiệp trong 20 năm qua đạt bình quân trên
  20%/năm``, 238 Kinh tế nông thôn);
- a rank: ``Thị trường khách Nga xếp thứ hai với gần 365.000 lượt khách`` names the figure by what is ranked
  (``Thị trường khách Nga``), the rank (``xếp thứ hai``, ``đứng thứ 3``) being no part of it.

Read before both, by :func:`before_a_reached_rate`: a verb that reaches a rate (``rate_verbs``, a word of
``subject_rates``, its grades ``rate_grades``) at the end of a name makes the text before the verb the
subject whose rate the figure is (``ngành thủy sản đạt mức tăng cao nhất 11,25%`` → ``ngành thủy sản``; 258,
197 and 189, the planning ministry's page on Quảng Trị, Báo An Giang and Báo Gia Lai)."""
from __future__ import annotations

import regex

from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context
from baocao.resolve.vocabulary import WORDS

__all__ = ["before_a_reached_rate", "before_the_tails"]

DURATION_REACH = 40
"""How far back from a name's end a span of time at its end is looked for."""
RANK_REACH = 30
"""How far back from a name's end a rank at its end is looked for."""

# on folded text: "trong 6 tháng (đầu năm)", a bare "9 tháng" (months of a year, 1 to 11, after a word that bounds
# no age or term: "trẻ em dưới 6 tháng", "kỳ hạn 6 tháng"), "trong 20 năm (qua)", a bare "5 năm (qua)" (not after
# such a word: "kỳ hạn 5 năm"), "từ đầu (năm) (đến nay)" at the end, after a word
_DURATION_AT_END = regex.compile(
    r"(?<=\p{L})[ \u00a0]+(?:(?:trong|sau)[ \u00a0]+\d{1,2}[ \u00a0]+thang(?:[ \u00a0]+dau[ \u00a0]+nam)?"
    r"|(?<![^\p{L}](?:duoi|tren|hon|tu|den|truoc|qua|gan|khoang|han)[ \u00a0]+)(?:[1-9]|1[01])[ \u00a0]+thang"
    r"(?:[ \u00a0]+dau[ \u00a0]+nam)?"
    r"|(?:trong|sau)[ \u00a0]+\d{1,2}[ \u00a0]+nam(?:[ \u00a0]+qua)?"
    r"|(?<![^\p{L}](?:duoi|tren|hon|tu|den|truoc|qua|gan|khoang|han|thu)[ \u00a0]+)\d{1,2}[ \u00a0]+nam(?:[ \u00a0]+qua)?"
    r"|tu[ \u00a0]+dau(?:[ \u00a0]+nam)?(?:[ \u00a0]+den[ \u00a0]+nay)?)[ \u00a0]*$")
# on folded text: "xếp thứ hai", "đứng thứ 3", "xếp hạng 5/63" at the end, after a word
_RANK_AT_END = regex.compile(
    r"(?<=\p{L})[ \u00a0]+(?:xep|dung)[ \u00a0]+(?:thu|hang)[ \u00a0]+"
    r"(?:nhat|nhi|hai|ba|tu|bon|nam|sau|bay|tam|chin|muoi|\d{1,3}(?:/\d{1,3})?)[ \u00a0]*$")
# on folded text: a verb, a rate word and its grades at the end, after a word ("đạt mức tăng cao nhất",
# "duy trì tốc độ tăng trưởng bình quân đạt")
_RATE_AT_END = regex.compile(
    rf"(?<=\p{{L}})[ \u00a0]+{words_pattern(WORDS.rate_verbs)}[ \u00a0]+{words_pattern(WORDS.subject_rates)}"
    rf"(?:[ \u00a0]+{words_pattern(WORDS.rate_grades)})*[ \u00a0]*$")
RATE_REACH = 60
"""How far back from a name's end a reached rate at its end is looked for."""
_TAILS = ((_DURATION_AT_END, DURATION_REACH), (_RANK_AT_END, RANK_REACH))


def before_the_tails(ctx: Context, a: int, b: int) -> int:
    """The end of the name [a, b) without a span of time, then a rank, at its end (see the module's text),
    each only when a word is left before it; else `b`."""
    for tail, reach in _TAILS:
        m = tail.search(ctx.folded, max(a, b - reach), b)
        if m is not None and m.start() > a:
            b = m.start()
    return b


def before_a_reached_rate(ctx: Context, a: int, b: int) -> int:
    """The end of the name [a, b) before a verb that reaches a rate at its end (``… ngành thủy sản đạt mức
    tăng cao nhất`` → ``… ngành thủy sản``), only when a word is left before it; else `b`."""
    m = _RATE_AT_END.search(ctx.folded, max(a, b - RATE_REACH), b)
    return m.start() if m is not None and m.start() > a else b
