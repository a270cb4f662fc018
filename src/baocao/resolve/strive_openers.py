"""A clause of striving that opens its sentence with no figure frames the statements after it in the sentence as
targets (``UBND huyện Đắk Tô phấn đấu đến năm 2020, xã Tân Cảnh … được công nhận lại …; xã Đắk Trăm đạt 16/19
tiêu chí, xã Văn Lem đạt 15/19 tiêu chí``), as an estimate word in such a clause frames them as estimates and a
target word in the sentence's first statement frames those after it.

Only a strive word (``strive_words``: ``phấn đấu``) frames so, not a plan word that may name the results against
it (``Năm 2023, huyện hoàn thành vượt mức các chỉ tiêu kế hoạch; thu ngân sách đạt 120 tỷ đồng``: actual), and not
in a clause that says the targets were reached (:func:`~baocao.resolve.reached_targets.says_reached`: ``Nhờ phấn
đấu không ngừng, huyện đã đạt và vượt các chỉ tiêu đề ra: …``), nor in one that opens with a purpose
(``strive_purpose_openers``: ``Để phấn đấu hoàn thành kế hoạch, huyện tập trung chỉ đạo …; thu ngân sách đạt …``).

A strive word that names the effort made (``strive_effort_before`` right before it: ``Với sự nỗ lực phấn đấu của
các cấp, …``) or the striving done (``strive_past_words`` before it in its clause: ``nhiệm kỳ qua, Đảng bộ và nhân
dân tỉnh Bến Tre đã phấn đấu đạt mức tăng trưởng bình quân hơn 6,4%/năm; …``) is no target word at all
(:func:`striving_done`, read by :func:`~baocao.resolve.roles.framing_in` too).
"""
from __future__ import annotations

import regex

from baocao.core.rules import compile_at
from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context
from baocao.resolve.reached_targets import HORIZON, says_reached
from baocao.resolve.vocabulary import (NOT_LETTER_AFTER, STRIVE, TARGET, WORDS, exact_alternation, exact_forms,
                                       exact_words)

__all__ = ["aims_before", "striving_done", "strives"]

_EFFORT_AT_END = regex.compile(words_pattern(WORDS.strive_effort_before) + r"[ \u00a0]+$")


# the effort a noun, read with diacritics: "sự nỗ lực phấn đấu", "sự phấn đấu"; "nỗ lực phấn đấu của các cấp"
_NOUN_AT_END = regex.compile(exact_words(WORDS.strive_effort_nouns) + r"(?:[ \u00a0]+(?:"
                             + "|".join(regex.escape(w) for w in WORDS.strive_effort_before) + r"))?[ \u00a0]+$",
                             regex.IGNORECASE)
_OF_AFTER = compile_at(r"[ \u00a0]+" + exact_words(WORDS.strive_effort_after), regex.IGNORECASE)
# read with its diacritics: "đã", not "đa" ("đa dạng")
_PAST = regex.compile(exact_words(WORDS.strive_past_words), regex.IGNORECASE)
# a purpose opening the clause ("Để phấn đấu hoàn thành kế hoạch, …"): read with its diacritics ("để", not "đề")
_PURPOSE = regex.compile(r"[^\S\n]*" + exact_alternation(WORDS.strive_purpose_openers) + NOT_LETTER_AFTER,
                         regex.IGNORECASE)
_CLAUSE_MARKS = ",;:.\n"
_EFFORT_REACH = 12
"""How far back from a strive word its effort word is looked for (``no luc `` and a space)."""
_PAST_REACH = 80
"""How far back in its clause from a strive word a word of the striving done is looked for."""
_HORIZON_REACH = 40
"""How far after a strive word (not past ``;``, ``.``, a line's end) a horizon makes the striving one to come."""
_PART_ENDS = ";.\n"
_AIM_REACH = 240
"""How far back in its sentence from a statement's figure a strive word or a target set is looked for."""
_SENTENCE_END = regex.compile(r"[.!?](?=\s)|\n")
_SET_VERBS = frozenset(exact_forms(WORDS.plan_set_verbs))
_LAST_WORD = regex.compile(r"(\p{L}+)[^\S\n]+$")


def striving_done(ctx: Context, start: int, a: int = 0) -> bool:
    """True when the strive word at clean offset `start` (not before `a`) names the effort made
    (``strive_effort_before`` right before it, the two a noun: ``strive_effort_nouns`` before them or
    ``strive_effort_after`` after them, ``Với sự nỗ lực phấn đấu của các cấp``; not the verbs of a target,
    ``tỉnh nỗ lực phấn đấu tăng trưởng kinh tế đạt 8%``) or the striving done
    (``strive_past_words`` before it in its clause, not past a comma: ``Đảng bộ và nhân dân tỉnh đã phấn đấu đạt
    mức tăng trưởng bình quân hơn 6,4%/năm``): no target. Not when a horizon follows the strive word (``Đại hội
    đã thống nhất phấn đấu đến năm 2025 …``, ``UBND huyện đã chỉ đạo các xã phấn đấu đến năm 2025 …``: what was
    done is the decision, the striving is to come)."""
    m = STRIVE.match(ctx.folded, start)
    after = start if m is None else m.end()
    if _EFFORT_AT_END.search(ctx.folded, max(a, start - _EFFORT_REACH), start) is not None and (
            _NOUN_AT_END.search(ctx.text, max(a, start - _EFFORT_REACH - 4), start) is not None
            or _OF_AFTER.match(ctx.text, after) is not None):
        return True     # "Với sự nỗ lực phấn đấu của các cấp", not "tỉnh nỗ lực phấn đấu tăng trưởng … 8%"
    lo = max(a, start - _PAST_REACH)
    cut = max(ctx.text.rfind(c, lo, start) for c in _CLAUSE_MARKS) + 1 or lo
    if _PAST.search(ctx.text, max(lo, cut), start) is None:
        return False
    # "Đại hội đã thống nhất phấn đấu đến năm 2025 thu nhập …": what was done is the decision; the striving,
    # with its horizon, is to come
    hi = min(len(ctx.folded), after + _HORIZON_REACH)
    stop = min((k for k in (ctx.text.find(c, after, hi) for c in _PART_ENDS) if k >= 0), default=hi)
    return HORIZON.search(ctx.folded, after, stop) is None


def strives(ctx: Context, a: int, b: int) -> bool:
    """True when the clause [a, b) (clean offsets) holds a strive word that is no effort made nor striving done,
    and opens with no purpose (``strive_purpose_openers``: ``Để phấn đấu hoàn thành kế hoạch, …``).

    >>> import baocao
    >>> [i.framing for i in baocao.parse("Huyện phấn đấu đến năm 2020, xã A được công nhận lại; "
    ...                                    "xã B đạt 16/19 tiêu chí.").indicators if i.kind == "indicator"]
    ['target']
    """
    if says_reached(ctx.text[a:b], ctx.folded[a:b]):
        return False    # "Nhờ phấn đấu không ngừng, huyện đã đạt và vượt các chỉ tiêu đề ra: …": results
    if _PURPOSE.match(ctx.text, a, b) is not None:
        return False    # "Để phấn đấu hoàn thành kế hoạch, huyện tập trung chỉ đạo …; thu ngân sách đạt …": a purpose
    return any(not striving_done(ctx, m.start(), a) for m in STRIVE.finditer(ctx.folded, a, b))


def aims_before(ctx: Context, pos: int) -> bool:
    """True when the sentence before clean offset `pos` (a statement's first figure) holds a strive word that
    is no effort made nor striving done (``Năm 2025 phấn đấu tăng trưởng kinh tế 8,5% (kế hoạch tăng 8%)``) or a
    target word after a verb that sets it (``plan_set_verbs``: ``huyện đặt mục tiêu tăng trưởng 9% (kế hoạch tỉnh
    giao 8%)``): the figure is the aim, set above the plan beside it, not a result read against that plan."""
    lo = max(0, pos - _AIM_REACH)
    lo = max([m.end() for m in _SENTENCE_END.finditer(ctx.text, lo, pos)], default=lo)
    if any(not striving_done(ctx, m.start(), lo) for m in STRIVE.finditer(ctx.folded, lo, pos)):
        return True
    for m in TARGET.finditer(ctx.folded, lo, pos):
        w = _LAST_WORD.search(ctx.text, max(lo, m.start() - 12), m.start())
        if w is not None and w.group(1).lower() in _SET_VERBS:
            return True
    return False
