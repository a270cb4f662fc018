"""A percentage that gives the count or amount right before it as a part of a whole, no statement of its own.

``giảm 1.432 hộ nghèo (1,95%) so với đầu năm``, ``chuyển đổi 516,9 ha chè (100%) sang giống chè mới``, ``bố trí
5.770 tỷ đồng cho 12 dự án giao thông (40% kế hoạch trung hạn)``: the percentage opening a parenthesis right after
the level (perhaps after a word or two of what it counts), with at most the words of its whole after it (a
plan or a total: ``(60% lao động nữ)`` names a part of its own, a share);
``tái canh được 25.219 ha, đạt 56,5 % tổng diện tích cà phê toàn huyện``, ``thu hoạch … 19.396 ha cây hàng
năm các loại, đạt 47,5% diện tích gieo trồng``: after a comma and ``đạt``, before the whole it is a part of
(no plan and no comparison base: ``đạt 98% kế hoạch`` is an achievement, ``đạt 101,9% so cùng kỳ`` a
comparison); ``86 hộ nghèo đạt tỷ lệ 3.43%``, ``97 người (Tày, Nùng, Mường...) của các dân tộc khác chiếm
0,06%``: after a word of ``equal_words`` closing the clause of the level (no comma between outside a
parenthesis). Read as a statement of its own, such a figure is named from the words after it (``diện tích
gieo trồng`` 47,5%) or before it (``nghèo đạt tỷ lệ``): a wrong statement. :func:`ratio_of_level` says such a
figure; the statement before holds it, as it holds ``12.718 ha, bằng 48,68% diện tích gieo trồng``
(docs/records.md). A percentage after a percentage or a fraction (``34/35 trường, đạt 97,14% đạt kiểm định chất lượng``: the
fraction's rate, read as the other rules read it), or after a comma and another word than ``đạt``, stays what
the other rules read.
"""
from __future__ import annotations

import regex

from baocao.core.rules import compile_at
from baocao.resolve._rules import words_pattern
from baocao.resolve.bare_plans import EQUAL_WORD_AT_END
from baocao.resolve.context import Context, Draft, Figure
from baocao.resolve.roles import base_after
from baocao.resolve.vocabulary import PLAN_BASE_WORDS, WORDS

__all__ = ["ratio_of_level"]

RATIO_GAP_CHARS = 60
"""How long the words between a level and its ratio after an equal word may be (a parenthesis left out)."""

# on the folded text between the level and the percentage
# "1.432 hộ nghèo (" : at most two words of what the level counts, then an opening parenthesis
_IN_PARENS = regex.compile(r"^(?:\s+\p{L}+){0,2}\s*\(\s*$")
# then the parenthesis closes, perhaps after the words of the whole, a plan or a total ("(40% kế hoạch trung hạn)",
# "(40% tổng vốn trung hạn)"), no figure between; not after the words of a part of its own ("(60% lao động nữ)": a share)
_WHOLE_WORDS = rf"(?:{words_pattern(['tổng'])}|{PLAN_BASE_WORDS})"
_CLOSES = compile_at(rf"(?:\s*{_WHOLE_WORDS}[^()\d%\n]{{0,40}})?\s*\)")
# "… cây hàng năm các loại, đạt ": at most five words of what the level counts, a comma and the verb alone
_COMMA_DAT = regex.compile(r"^(?:\s+\p{L}+){0,5}\s*,\s*dat\s*$")
# then the whole it is part of: a word (no base, no figure), not a connective or a verb of change ("đạt 10,1% và
# tăng 429,1%": an achievement whose plan the sentence before names)
_NOT_A_WHOLE = words_pattern(["và", "với", "so", "trong", "như", "nhưng", *WORDS.increase, *WORDS.decrease])
_WHOLE_AFTER = compile_at(rf"\s+(?!{_NOT_A_WHOLE})\p{{L}}")
_PARENTHESIS = regex.compile(r"\([^()]*\)")
_CLAUSE_MARK = regex.compile(r"[,;:.\n\d%]")


def ratio_of_level(ctx: Context, current: Draft, fig: Figure) -> bool:
    """True when percentage ``fig``, read as a level, gives the count or amount of ``current`` (its last figure
    right before) as a part of a whole (see the module's text)."""
    rec = fig.rec
    if rec.kind != "percentage" or current.value is None or current.unit in (None, "%") or not current.figs:
        return False
    if current.figs[-1].kind in ("percentage", "fraction"):
        return False        # "34/35 trường, đạt 97,14% đạt kiểm định chất lượng …": the fraction's own rate
    gap = ctx.folded[current.figs[-1].end:rec.start]
    if _IN_PARENS.match(gap):
        return _CLOSES.match(ctx.folded, rec.end, fig.tail_end + 2) is not None
    if _COMMA_DAT.match(gap):
        if base_after(ctx, rec.end, fig.tail_end)[0] is not None:
            return False
        return _WHOLE_AFTER.match(ctx.folded, rec.end, fig.tail_end) is not None and not _compared(ctx, fig)
    if EQUAL_WORD_AT_END.search(gap) is None:     # "… nghèo đạt tỷ lệ": an equal word ends the level's clause
        return False
    bare = _PARENTHESIS.sub(" ", gap)
    return len(bare) <= RATIO_GAP_CHARS and _CLAUSE_MARK.search(bare) is None


_COMPARED = compile_at(rf"\s*{words_pattern(WORDS.base_prefixes)}\s")


def _compared(ctx: Context, fig: Figure) -> bool:
    """``đạt 101,9% so cùng kỳ``: a comparison base after the figure."""
    return _COMPARED.match(ctx.folded, fig.rec.end, fig.tail_end) is not None
