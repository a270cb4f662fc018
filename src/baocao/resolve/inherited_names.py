"""A figure with no name of its own that measures the statement before it another way, a statement of its
own under that statement's name; read by :func:`baocao.resolve.statements.place`.

- after only a lead of ``inherit_name_leads`` (``khu vực dịch vụ tăng 4,4%, đóng góp 1,2 điểm phần trăm``;
  ``… 78,1 triệu đồng/người, quy đổi đô la Mỹ ước đạt 3.259,3 USD/người``): :func:`inherits_name`;
- a percentage named only by a growth word (``growth_word_names``: ``tăng trưởng bình quân``, ``tốc độ tăng
  trưởng``; no noun of its own, ``tốc độ tăng trưởng kinh tế`` names the economy) after a statement of its
  subject in the same clause, a comma between: that subject's growth (``nông nghiệp chiếm tỷ lệ 51,3%, tăng
  trưởng bình quân đạt 3,62%`` → ``nông nghiệp``; ``Giá trị xuất khẩu trực tiếp của địa phương năm 2007 đạt
  753,8 nghìn USD, tốc độ tăng trưởng giai đoạn 2005 – 2007 bình quân 5,76%/năm`` → ``Giá trị xuất khẩu trực
  tiếp của địa phương``, over a span of its own; docs/records.md, *Shares, growth words and rates decided*;
  not after a statement named as a rate or a share, ``Tỷ lệ đô thị hóa đạt 42%, tốc độ tăng trưởng …``):
  :func:`growth_of_subject`, whose draft is marked ``growth_named`` (its measure is ``growth``); right after a
  level in another unit than ``%`` with no change yet, and with no period of its own, it is that level's change,
  folded into its statement as ``tăng X%`` is (``Tổng giá trị sản xuất toàn ngành đạt 18.537 tỷ đồng, tốc độ
  tăng trưởng đạt 6,76%``: :data:`CHANGE`);
- a level with no phrase before it whose phrase after is only its own unit, in the unit of the statement before
  and in its clause: that statement again, at another time (``số tiêu chí bình quân/xã năm 2011 chỉ đạt 1,5 tiêu
  chí/xã, đến năm 2015 là 11,5 tiêu chí/1 xã``, 425 Kon Tum Đắk Tô, as a percentage with no phrase is: ``Tỷ lệ hộ
  nghèo năm 2011 là 15%, đến năm 2015 là 8%``), its lead saying where the level stands then (``again_level_words``:
  not ``năm 2022 có 4 trường``, perhaps what came that year); not with no period in its lead, a part of the level before or
  another count, ``tổng số cán bộ nữ là 5.814 người, trong đó có 714 người``, ``… còn khá cao, 27.400 doanh
  nghiệp``; not in another unit, ``có 45 trường …, 708 lớp``, nor where words
  follow the figure in its clause, ``3.594 hộ nghèo, 2.000 hộ cận nghèo``, ``2/20 sản phẩm đạt mức …``): :func:`again_in_its_unit`;
- a level right after a comparison and the word of a level (``compared_level_leads``: ``so với mức``, ``hơn con
  số``), in the unit of the statement before it and in its sentence: the level that statement is compared with,
  named as it is, whatever stands between them (``doanh số 1.015 xe, tăng rõ rệt so với mức 903 xe hồi tháng 4``,
  ``957 xe … được bán ra, cao hơn con số 803 xe của tháng 4``: not ``rõ rệt``, ``con số``; not a level of
  another's, ``của`` and no period after it: ``Doanh thu của Daiso tăng trưởng 6,3%, thấp hơn con số 11% của chuỗi
  cửa hàng … Seria``): :func:`compared_level`.
"""
from __future__ import annotations

from typing import Optional, Union

import regex

from baocao.resolve.context import Context, Draft, Figure, unit_of
from baocao.resolve.measure import is_rate_or_share
from baocao.resolve.periods import period_in
from baocao.resolve.phrases import name_in
from baocao.resolve.triggers import FoldedTrigger
from baocao.core.rules import compile_at
from baocao.resolve._rules import words_pattern
from baocao.resolve.vocabulary import GROWTH_WORD_NAME, INHERIT_NAME_LEAD, WORDS, exact_words

__all__ = ["again_in_its_unit", "compared_level", "growth_of_subject", "inherits_name", "past_a_clause"]

#: :func:`growth_of_subject`'s answer for the change of the level before it.
CHANGE = "change"

#: How far before the growth its subject's name (or first figure) may start.
SUBJECT_REACH = 300

# between the subject's statement and the growth: no end of a clause
_CLAUSE_END = regex.compile(r"[;:!?\n()]|\.(?=\s)")
# between a statement and a lead that measures it another way: no end of a sentence or a clause (a parenthesis
# may open the lead)
_SENTENCE_OR_CLAUSE_END = regex.compile(r"[;!?\n]|\.(?=\s)")
_LETTER = regex.compile(r"\p{L}")


# the words each rule needs in the figure's lead, where its name lies (see resolve/triggers.py): where none
# stands, the rule's pattern matches no name there and it answers False (tests/test_inherited_gates.py)
_INHERIT_TRIGGER = FoldedTrigger(WORDS.inherit_name_leads)
_GROWTH_TRIGGER = FoldedTrigger(WORDS.growth_word_names)


def inherits_name(ctx: Context, fig: Figure) -> bool:
    """True when the words before the figure are only a lead that measures the statement before it
    another way (``đóng góp``, ``quy đổi đô la Mỹ``: ``inherit_name_leads``), fillers aside."""
    return _INHERIT_TRIGGER.within(ctx, fig.lead_start, fig.start) and _inherits_name(ctx, fig)


def past_a_clause(ctx: Context, current: Draft, fig: Figure) -> bool:
    """True when the end of a sentence or a clause stands between the figures of ``current``, the statement
    before, and the lead of ``fig``: a lead that would measure it another way (:func:`inherits_name`) follows a
    subject of its own there, and takes no name by a guess of the statement before (``… là khu vực công nghiệp và
    xây dựng với 3 điểm %; kế đến là khu vực dịch vụ, đóng góp 1,98 điểm %``, 320 Lao động Thủ đô: not ``khu vực
    công nghiệp và xây dựng``): words between that end and the lead; a lead that opens its clause has no subject
    of its own and still measures the statement before (``Kim ngạch xuất khẩu đạt 2.300 tỷ đồng; quy đổi đô la Mỹ
    đạt khoảng 100 triệu USD``), and a parenthesis opening the lead is no such end (``tăng 5,26% (đóng góp
    0,86%)``)."""
    end = None
    for end in _SENTENCE_OR_CLAUSE_END.finditer(ctx.text, current.figs[-1].end, fig.lead_start):
        pass
    # a lead that opens its clause ("…; quy đổi đô la Mỹ đạt khoảng 100 triệu USD") has no subject of its own
    return end is not None and _LETTER.search(ctx.text, end.end(), fig.lead_start) is not None


# at the end of a figure's folded lead: a comparison and the word of a level ("tang ro ret so voi muc ")
_COMPARED_LEVEL_LEAD = regex.compile(words_pattern(WORDS.compared_level_leads) + r"\s*$")
_COMPARED_LEVEL_TRIGGER = FoldedTrigger(WORDS.compared_level_leads)
# right after the figure, on lower-cased text: "của" and what owns the level
_OWNER_AFTER = compile_at(r"[ \u00a0]*của[ \u00a0]+")
# on folded text, where that owner starts: a word of a time ("năm trước", "tháng", "cùng kỳ": ``time_only``)
_TIME_WORD = regex.compile(words_pattern(WORDS.time_only))


def compared_level(ctx: Context, fig: Figure, current: Optional[Draft]) -> bool:
    """True when ``fig``'s lead ends with a comparison and the word of a level (``compared_level_leads``) and
    ``current``, a level in ``fig``'s unit, is the statement it is compared with (see the module's text)."""
    if current is None or current.value is None or current.summary or not current.figs:
        return False
    if not _COMPARED_LEVEL_TRIGGER.within(ctx, fig.lead_start, fig.start):
        return False
    if unit_of(fig.rec)[0] != current.unit or _COMPARED_LEVEL_LEAD.search(ctx.folded, fig.lead_start, fig.start) is None:
        return False
    owner = _OWNER_AFTER.match(ctx.lower, fig.rec.end)
    # "thấp hơn con số 11% của chuỗi cửa hàng … Seria": another's level; "của tháng 4", "của năm 2016": a time's
    return owner is None or ctx.is_covered(owner.end()) or _TIME_WORD.match(ctx.folded, owner.end()) is not None


def _inherits_name(ctx: Context, fig: Figure) -> bool:
    name = name_in(ctx, fig.lead_start, fig.start)
    return name is not None and INHERIT_NAME_LEAD.match(ctx.folded, *name) is not None


def growth_of_subject(ctx: Context, fig: Figure, current: Optional[Draft]) -> Union[bool, str]:
    """True when ``fig`` is a percentage named only by a growth word, after a statement of ``current``'s
    subject whose name (or first figure) starts in the same clause, :data:`CHANGE` when it is the change of
    ``current``'s level (see the module's text), else False."""
    rec = fig.rec
    if current is None or current.summary or not current.figs or rec.kind != "percentage":
        return False
    if not _GROWTH_TRIGGER.within(ctx, fig.lead_start, fig.start):
        return False    # no growth word in the lead: no name of only one (the usual case)
    return _growth_of_subject(ctx, fig, current)


def _growth_of_subject(ctx: Context, fig: Figure, current: Draft) -> Union[bool, str]:
    rec = fig.rec
    if is_rate_or_share(current.name):
        return False    # "Tỷ lệ đô thị hóa đạt 42%, tốc độ tăng trưởng …": a rate (a share so named) has no growth
    name = name_in(ctx, fig.lead_start, fig.start)
    if name is None or GROWTH_WORD_NAME.fullmatch(ctx.folded, *name) is None:
        return False
    start = current.name_start if current.name_start is not None else current.figs[0].start
    if not (0 <= rec.start - start <= SUBJECT_REACH and current.figs[-1].end <= fig.lead_start
            and _CLAUSE_END.search(ctx.text, current.figs[-1].end, rec.start) is None):
        return False
    if (current.value is not None and current.unit != "%" and current.change is None
            and period_in(ctx, fig.lead_start, fig.start) is None):
        return CHANGE
    return True


def again_in_its_unit(ctx: Context, fig: Figure, current: Optional[Draft], after: Optional[tuple[int, int]]) -> bool:
    """True when ``after``, the phrase after ``fig`` (whose lead names nothing but a period of its own), lies
    inside the figure (its unit alone) and ``current``, a level in the same unit, ends in the same clause: the
    figure is ``current``'s indicator again, at another time (see the module's text)."""
    rec = fig.rec
    if after is None or current is None or not current.figs or current.value is None or current.summary:
        return False
    if not rec.start <= after[0] < after[1] <= rec.end or unit_of(rec)[0] != current.unit:
        return False
    if period_in(ctx, fig.lead_start, rec.start) is None:
        return False    # "tổng số cán bộ nữ là 5.814 người, trong đó có 714 người": a part, no time of its own
    if _LEVEL_WORD.search(ctx.lower, fig.lead_start, rec.start) is None:
        return False    # "năm 2022 có 4 trường": perhaps what came that year, no stock (again_level_words)
    if _WORDS_AFTER.match(ctx.text, rec.end) is not None:
        return False    # "2/20 sản phẩm đạt mức tăng trưởng trên 10%": words after it, cut, say what it counts
    return _CLAUSE_END.search(ctx.text, current.figs[-1].end, rec.start) is None


# on lower-cased text: a word saying where a level stands at a time ("đến năm 2015 là", "năm 2021 còn")
_LEVEL_WORD = regex.compile(exact_words(WORDS.again_level_words))
# right after a figure: a word before the end of its clause (a comma, a stop)
_WORDS_AFTER = regex.compile(r"[^,;:.!?\n]*?\p{L}")
