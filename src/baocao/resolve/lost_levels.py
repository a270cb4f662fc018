"""What follows a level that could not be read is not said of the statement before it.

A figure sent to ``Report.unattached`` because its number is written in parts (``đạt 1 tỉ 953 triệu USD``:
the value read would be a wrong one, :data:`~baocao.resolve.other_figures.IN_PARTS_REASON`) is still the
level of a statement of its own when nothing before it in its clause makes it a change or an achievement
(its role is a level). A change or an achievement right after it (no figure of the statement before in
between) is said of that level, not of the statement before: ``Ước thu ngân sách 6 tháng đầu năm thực hiện
7.250 tỉ đồng; xuất khẩu … đạt 1 tỉ 953 triệu USD, tăng 23,26% so cùng kỳ, đạt 50,74% so kế hoạch năm`` gives
the budget revenue no change of 23.26% nor an achievement of 50.74%: both are unattached with
:data:`LOST_LEVEL_REASON` (a wrong value is worse than a missing one). Another level after it still goes
where the rules put it (``1.618 tỷ 250 triệu đồng và 263,15 triệu USD``).

A numeral written as an amount (thousands groups, a decimal comma, or a plain number before a scale word)
that no figure record holds and no period record covers is a level that was not read at all: a scale word
with no currency (``thu nội địa đạt 3.122,2 tỷ,``), a unit that is no unit of ``units.yaml`` (``3.069,7
nghìn ngày``, guest nights) or a grouping the numbers rules do not read (``9.332.3 tỷ đồng``). A change or
an achievement right after it in its clause (no figure between them, none before it in the clause) is a
statement of its own, named by the phrase before the unread level (:func:`after_an_unread_level`):
``Thương mại dịch vụ đạt gần 20 tỷ đồng, tăng 11%; nông, lâm, thủy sản đạt trên 36 nghìn tỷ, tăng trên
4%`` gives a growth of 4% named ``nông, lâm, thủy sản``, not a second change of the trade; ``Tổng ngày
khách … ước đạt 3.069,7 nghìn ngày, tăng 10,88%`` a growth of 10.88% named ``Tổng ngày khách …``. A
percentage said of the unread level with an equal word (``bằng 93,6% so với tháng trước``) is held by that
statement with no value, as after a level that was read. With no phrase before the unread level the
figure goes where the other rules put it. A numeral right after an instrument's word (``Quyết định số 1.234``)
is that instrument's number, no level.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex

from baocao.core.numbers.vocabulary import NUMBERS
from baocao.core.numbers.words import QUALIFIERS, SCALE
from baocao.core.rules import SP, alternation
from baocao.resolve._rules import words_pattern
from baocao.resolve.other_figures import IN_PARTS_REASON
from baocao.resolve.phrases import name_in
from baocao.resolve.roles import read_figure, role_of
from baocao.resolve.vocabulary import EQUAL_AT_END

if TYPE_CHECKING:
    from baocao.resolve.context import Clause, Context, Draft, Figure
    from baocao.resolve.roles import Role

__all__ = ["LOST_LEVEL_REASON", "after_an_unread_level", "lost_level", "said_of_a_lost_level", "unread_level_name"]

#: The reason given to a change or an achievement said of a level that was not read.
LOST_LEVEL_REASON = ("other: a change or an achievement of a level written in parts, which is not read "
                     "('đạt 1 tỉ 953 triệu USD, tăng 23,26%'): not of the statement before")


def lost_level(current: Optional[Draft], fig: Figure, reason: str, role: Role) -> Optional[Draft]:
    """Note on ``current`` a figure left unattached for ``reason`` that is a level of its own not read;
    return ``current``, which the next figure follows."""
    if current is not None and reason == IN_PARTS_REASON and role.kind == "level":
        current.lost_level_end = fig.rec.end
    return current


def said_of_a_lost_level(ctx: Context, fig: Figure, current: Optional[Draft]) -> bool:
    """Leave ``fig`` unattached, and say so, when it is a change or an achievement after a level not read
    that came after ``current``'s last figure."""
    if current is None or current.lost_level_end < 0 or fig.rec.start < current.lost_level_end:
        return False
    if current.figs and current.figs[-1].end > current.lost_level_end:
        return False
    if role_of(ctx, fig).kind not in ("change", "achievement"):
        return False
    ctx.skip(fig.rec, LOST_LEVEL_REASON)
    return True


# a numeral written as an amount, no letter glued before it ("đạt16.743" is the extraction's), a word
# after it: thousands groups (perhaps with a decimal part, or a
# second dot the rules do not read), a decimal comma, or a plain number before a scale word (the
# numbers vocabulary's scales, core/data/numbers.yaml)
_AMOUNT = regex.compile(
    r"(?<![\p{L}\d.,/])(?:\d{1,3}(?:\.\d{3})+(?:[.,]\d+)?|\d+,\d+)(?=[ \u00a0]*\p{L})"
    rf"|(?<![\p{{L}}\d.,/])\d+(?=[ \u00a0]*{SCALE}(?!\p{{L}}))")
# a number's qualifier right before the unread level ("đạt gần 12 nghìn tỷ"): no part of its name (folded)
_QUALIFIER_AT_END = regex.compile(r"(?:" + words_pattern(w for w in QUALIFIERS if regex.search(r"\p{L}", w)) + r")\s*$")
# an instrument's word (core/data/numbers.yaml ``grouping_not_after``, without the bare ``số``), perhaps
# with ``số``, right before the numeral: the numeral is the instrument's number ("Quyết định số 1.234"),
# no level
_INSTRUMENT_BEFORE = regex.compile(
    rf"(?<!\p{{L}}){alternation([w for w in NUMBERS.grouping_not_after if w != 'số'], flags='i')}"
    rf"(?:{SP}+số)?{SP}*\Z")
# what ends the clause a change or an achievement is read in
_CLAUSE_STOP = regex.compile(r"[;:\n]|\.[ \u00a0]")
#: How far back (characters) the clause of a figure after an unread level is looked for.
REACH = 240


def _clause_start(ctx: Context, pos: int, current: Optional[Draft]) -> int:
    """Where the clause of the figure at ``pos`` starts: after the last stop of the sentence before it,
    and not before the last figure of ``current``."""
    a = max(0, pos - REACH)
    stops = [m.end() for m in _CLAUSE_STOP.finditer(ctx.text, a, pos)]
    a = stops[-1] if stops else a
    if current is not None and current.figs:
        a = max(a, current.figs[-1].end)
    return a


def unread_level_name(ctx: Context, fig: Figure, current: Optional[Draft]) -> Optional[tuple[int, int]]:
    """The span of the name of a level not read right before ``fig`` in its clause, the clause's first
    amount; None when there is no such level or no phrase before it."""
    rec = fig.rec
    a = _clause_start(ctx, rec.start, current)
    found = None
    for m in _AMOUNT.finditer(ctx.text, a, rec.start):
        found = m
    if found is None or ctx.is_covered(found.start()):
        return None
    if _INSTRUMENT_BEFORE.search(ctx.text, max(a, found.start() - 40), found.start()) is not None:
        return None     # "Thực hiện Quyết định số 1.234 của UBND tỉnh, đạt 103% kế hoạch": a number, no level
    if ctx.figures_from(a, rec.start) or any(r.end > found.start() for r in ctx.figures_from(max(0, a - 60), a)):
        return None     # a figure read before it in its clause, or one that holds it: no level lost
    qualifier = _QUALIFIER_AT_END.search(ctx.folded[a:found.start()])
    b = a + qualifier.start() if qualifier else found.start()
    return name_in(ctx, _last_piece_start(ctx.text, a, b), b)


#: The most words a piece before a comma has when it is an item of the name's enumeration.
ITEM_WORDS = 3


def _last_piece_start(text: str, a: int, b: int) -> int:
    """Where the name before an unread level starts in [a, b): after the last comma whose piece before
    it is longer than an item of an enumeration (``kinh tế được duy trì ở mức tăng trưởng khá, thu nhập
    bình quân đầu người đạt …`` → ``thu nhập …``; ``nông, lâm, thủy sản đạt …`` stays whole)."""
    commas = [i for i in range(a, b) if text[i] == ","]
    start = commas[-1] + 1 if commas else a
    for k in range(len(commas) - 1, -1, -1):
        piece_start = commas[k - 1] + 1 if k else a
        if len(text[piece_start:commas[k]].split()) > ITEM_WORDS:
            break
        start = piece_start
    return start


def after_an_unread_level(ctx: Context, fig: Figure, role: Role, clause: Clause,
                          current: Optional[Draft]) -> Optional[Draft]:
    """A statement of its own for a change or an achievement right after a level that was not read,
    named by the phrase before that level; a percentage said of that level with an equal word is held
    by it with no value. None when the figure follows no unread level."""
    rec = fig.rec
    said = (rec.kind == "percentage" and role.kind == "level"
            and EQUAL_AT_END.search(ctx.folded[fig.lead_start:rec.start]) is not None)
    if role.kind not in ("change", "achievement") and not said:
        return None
    name = unread_level_name(ctx, fig, current)
    if name is None:
        return None
    draft = ctx.new_draft(ctx.text[name[0]:name[1]], name[0])
    if said:
        ctx.attach(draft, rec)        # "thu nội địa đạt 3.122,2 tỷ, bằng 93,6% so với tháng trước"
        draft.extent_end = max(draft.extent_end, fig.tail_end)
    else:
        read_figure(ctx, draft, fig, role, clause)
    return draft
