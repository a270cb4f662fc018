"""The subject of a figure-less clause that names the figures right after it, when their own lead
names nothing: a clause that judges its subject (``Tăng trưởng kinh tế duy trì ở mức khá, đạt
7,3%``; ``Hoạt động vận chuyển hàng hóa phục hồi tốt, tăng 10,5%``; ``… trong năm 2014 hết sức
ngoạn mục: đạt 20,6%``), and a clause that says its subject changed, with the change's figure in a
parenthesis after it (``ước tính IIP tiếp tục tăng (+0,93%) so với tháng trước``), and a clause that
names a rate, a share or a growth, with its percentage in a parenthesis after it (``Tỷ lệ giải ngân vốn
đầu tư xây dựng cơ bản đạt thấp so kế hoạch (38,8%)``).

They read only the clause right before the figure (after its last comma, at most
:data:`MAX_CLAUSE` characters; after a clause that names only a growth, the one before it too): a
bounded look back. Read by :mod:`baocao.resolve.statements`.
"""
from __future__ import annotations

from typing import Optional

import regex

from baocao.resolve.context import Clause, Context, Draft
from baocao.resolve.measure import is_growth_name, is_rate_or_share
from baocao.resolve.phrases import name_in, verb_only
from baocao.resolve.roles import framing_in
from baocao.resolve._rules import words_pattern
from baocao.resolve.vocabulary import (CHANGE_PREDICATE_AT_END, DECREASE, INCREASE, PLACE_NAME, PLAN_BASE_WORDS, SUBJECT_PLACE,
                                       WORDS, exact_forms, exact_words)

__all__ = ["clause_subject", "judged_subject", "measure_before_parenthesis", "parenthesis_read",
           "subject_before_parenthesis", "subject_of_sentence_before"]

MAX_CLAUSE = 200
"""At most this many characters in the clause read (a subject and what is said of it)."""

# read in the lower-case text, diacritics and all: folded, "vẫn" would be "vận", "khá" "khả", "cao" "cáo"
_JUDGEMENT_AT_END = regex.compile(rf"{exact_words(WORDS.judgements)}[\s,:]*\Z")
_PREDICATE = regex.compile(exact_words(WORDS.judged_predicates))
_LEAD = regex.compile(rf"[\s,:]*{exact_words(WORDS.judged_leads)}")
_LEAD_REACH = 40


def _clause_start(ctx: Context, a: int, b: int) -> Optional[int]:
    """Where the clause ending at ``b`` starts: after the last comma in [a, b), or ``a``; None when
    the clause is longer than :data:`MAX_CLAUSE`."""
    comma = ctx.text.rfind(",", max(a, b - MAX_CLAUSE), b)
    start = comma + 1 if comma >= 0 else a
    return start if b - start <= MAX_CLAUSE else None


def judged_subject(ctx: Context, a: int, b: int) -> Optional[tuple[int, int]]:
    """The span of the subject of the clause ending at ``b`` (no figure in it), when the clause
    ends with a judgement (``judgements``: ``khá``, ``tốt``, ``ổn định`` …) and the text after it
    opens with a statement verb (``judged_leads``: ``đạt``, ``tăng``, ``lũy kế`` …); else None.
    The subject ends before the first of ``judged_predicates`` (``duy trì``, ``phục hồi`` …) or
    before the judgement."""
    while b > a and ctx.text[b - 1] in " \u00a0,:":
        b -= 1
    x = _clause_start(ctx, a, b)
    if x is None:
        return None
    lower = ctx.lower
    tail = _JUDGEMENT_AT_END.search(lower, x, b)
    if tail is None or not _judged_lead_after(ctx, b, tail.group().strip(" \u00a0\t\n,:")):
        return None
    predicate = _PREDICATE.search(lower, x, tail.start())
    return _subject(ctx, name_in(ctx, x, predicate.start() if predicate is not None else tail.start()))


def _judged_lead_after(ctx: Context, b: int, judgement: str) -> bool:
    """True when the text after a judging clause ending at ``b`` opens the statement of its figure: with a
    statement verb (``judged_leads``: ``…, đạt 7,3%``), perhaps after words that name nothing, in its clause
    and with no figure, before a percentage (``Tốc độ tăng trưởng giữ mức ổn định, với bình quân hàng năm đạt
    8,79%``, 426 Đắk Nông; ``… ở mức khá cao, đến cuối năm 2020 dự kiến đạt hơn 12%``, 193 Bạc Liêu; not a count
    its own words name, ``An ninh chính trị ổn định, so với năm trước tăng 12 vụ phạm pháp hình sự``); or with
    the figure itself, a percentage that ends its clause after a judgement of how high it stands
    (``judged_levels``: ``tỷ lệ hộ nghèo cao, 18,78%.``, 325 Cà Mau; not after a grade: ``Tỷ lệ học sinh tốt
    nghiệp loại khá, 30%.``)."""
    lower, end = ctx.lower, min(len(ctx.lower), b + _LEAD_REACH)
    if _LEAD.match(lower, b, end) is not None:
        return True
    verb = _LEAD_WORD.search(lower, b, end)
    if verb is not None:
        opened = _GAP_TO_FIGURE.match(ctx.text, b)
        gap = (opened.end() if opened is not None else b, verb.start())
        after = ctx.figures_from(verb.end(), verb.end() + _LEAD_REACH)
        return (_CLAUSE_MARK.search(ctx.text, *gap) is None and not ctx.figures_within(*gap)
                and name_in(ctx, *gap) is None and bool(after) and after[0].kind == "percentage")
    if judgement not in _LEVELS:
        return False
    figs = ctx.figures_from(b, end)
    if not figs or figs[0].kind != "percentage" or _GAP_TO_FIGURE.fullmatch(ctx.text, b, figs[0].start) is None:
        return False
    return _CLAUSE_END.match(ctx.text, figs[0].end) is not None


_LEAD_WORD = regex.compile(exact_words(WORDS.judged_leads))
_LEVELS = exact_forms(WORDS.judged_levels)
_CLAUSE_MARK = regex.compile(r"[,;:.()\n]")
_GAP_TO_FIGURE = regex.compile(r"[\s,:]*")
# after a percentage right after a judging clause: the end of its clause or sentence
_CLAUSE_END = regex.compile(r"[ \u00a0]*(?:[.;!?\n]|\Z)")


def clause_subject(ctx: Context, a: int, b: int, segment: Optional[int] = None) -> Optional[Clause]:
    """The label of the figure-less clause ending at ``b`` (after ``a``) that names the figure after
    it: the subject of a judging clause (:func:`judged_subject`); else, when the clause ends with a comma
    and the text after it opens with a statement verb (``judged_leads``), the name the clause holds,
    marked ``label_bare`` (``Năm 2017, tổng thu nhập của xã, đạt 161 tỷ đồng``; ``…; thương mại dịch vụ,
    đạt 117 tỷ đồng``: the figure's own lead is only its verb). Not a clause that says something of its
    own: one with a statement verb (``… ước đạt16.743 tỷ đồng, tăng gấp …``: a figure the extractor did
    not read), a number that is no year nor a count of months, or a clause that opens after a decimal comma
    (``… hoàn thành 118 nội dung, đạt 97,52%``; ``3.069,7 nghìn ngày, tăng …``), a
    comparative or a superlative (``comparatives``, ``comment_grades``: ``… có GNI cao nhất cả nước,
    đạt …``), nor a name of verbs only or of a place only (``huyện Lạc Sơn, đạt …``), nor the last piece of an
    enumeration: a chunk that names something stands before it in its segment (from ``segment``; ``ở các
    khu vực nông, lâm nghiệp và thủy sản, tăng …``: the name would be cut), only a period may. Else None."""
    judged = judged_subject(ctx, a, b)
    if judged is not None:
        return Clause(label=judged)
    b = _trimmed(ctx, a, b)
    if ctx.text[b - 1:b] != "," or _LEAD.match(ctx.lower, b, min(len(ctx.lower), b + _LEAD_REACH)) is None:
        return None
    x = _clause_start(ctx, a, b - 1)
    if x is None or _DECIMAL_COMMA.match(ctx.text, max(0, x - 2), x + 1) or _NUMBER.search(ctx.lower, x, b) \
            or _SAYS.search(ctx.lower, x, b - 1):
        return None
    if segment is not None and x - 1 > segment:
        piece = ctx.text.rfind(",", segment, x - 1) + 1 or segment
        if name_in(ctx, piece, x - 1) is not None:
            return None
    name = _subject(ctx, name_in(ctx, x, b - 1))
    if name is None or _ONLY_A_PLACE.fullmatch(ctx.text, *name):   # "Năm 2022, huyện Lạc Sơn, đạt …": who, not what
        return None
    return Clause(label=name, label_bare=True)


# what a clause that is only a subject does not hold: a statement verb, an excess verb (``Tổng thu ngân
# sách vượt so với dự toán, đạt …``), a comparative, a superlative
_SAYS = regex.compile(exact_words(list(WORDS.judged_leads) + list(WORDS.excess_verbs) + list(WORDS.comparatives)
                                  + list(WORDS.comment_grades)))
_ONLY_A_PLACE = regex.compile(rf"(?i:toàn[ \u00a0]+|cả[ \u00a0]+)?{SUBJECT_PLACE}{PLACE_NAME}")
_DECIMAL_COMMA = regex.compile(r"\d,\d")
# a number in the lower-case text that is no year and counts no months or quarters (``6 tháng``, ``năm 2024``)
_NUMBER = regex.compile(r"(?<!\d)(?<!\d[.,])(?!(?:19|20)\d\d(?![.,]?\d))\d+(?:[.,]\d+)*(?!\d|[ \u00a0]*(?:tháng|quý)\b)")


def _subject(ctx: Context, name: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
    """``name``, unless every word of it is a verb, an adjective or an adverb (``lại vẫn bị`` of
    ``tuy nhiên lại vẫn bị giảm``): no subject."""
    return None if name is None or verb_only(ctx.text[name[0]:name[1]]) else name


def subject_before_parenthesis(ctx: Context, clause: Clause, a: int, p0: int, p1: Optional[int] = None) -> Clause:
    """The context of a parenthesis at ``p0`` that no figure before it owns: when the clause
    before it says its subject changed (``IIP tiếp tục tăng (+0,93%)``; ``change_predicates``),
    that subject labels its figures (and the change's direction); else, when the clause names a rate,
    a share or a growth and the parenthesis opens with a percentage, that measure labels it
    (:func:`measure_before_parenthesis`; a target when a target word in the clause frames it); else,
    when the parenthesis ``[p0, p1)`` holds only a figure, the subject the clause names
    (:func:`named_before_parenthesis`); else ``clause`` unchanged."""
    x = _clause_start(ctx, a, p0)
    if x is None:
        return clause
    changed = CHANGE_PREDICATE_AT_END.search(ctx.folded, x, p0)
    name = _subject(ctx, name_in(ctx, x, changed.start())) if changed is not None else None
    if name is None or changed is None:
        measured = measure_before_parenthesis(ctx, a, x, p0)
        if measured is None:
            named = named_before_parenthesis(ctx, x, p0, p1) if p1 is not None else None
            return clause if named is None else {**clause, "label": named}
        if framing_in(ctx, x, p0) == "target":   # "để thực hiện đạt được kế hoạch tăng trưởng kinh tế …"
            return {**clause, "label": measured, "framing": "target"}
        return {**clause, "label": measured}
    verb = changed.group()
    out: Clause = {**clause, "label": name, "label_change": name}
    if INCREASE.search(verb):
        out["label_direction"] = "tăng"
    elif DECREASE.search(verb):
        out["label_direction"] = "giảm"
    return out


def named_before_parenthesis(ctx: Context, x: int, p0: int, p1: int) -> Optional[tuple[int, int]]:
    """The span of the subject the clause ``[x, p0)`` names, when the parenthesis ``[p0, p1)`` right after
    it holds only a figure, perhaps signed (``cao su (3.775 ha); cây ăn trái (1.656 ha)``; ``kế đến là khu
    vực dịch vụ (29,38%)``; ``Thức ăn cho thuỷ sản (+8,6%)``): the figure is the subject's. Not a clause
    with a figure, a statement verb, a comparative or a superlative (``GRDP quý I có tốc độ tăng thấp
    hơn (+4,21%)``, ``Đóng góp cho mức tăng chung (+5,22%)``: :data:`_SAYS`), nor a percentage after a
    clause that judges its subject (``Doanh thu du lịch ổn định (12,5%)``: whose rate is it?), nor after a
    base (``base_prefixes``: ``… còn chậm so với cùng kỳ năm trước (45,2%)``: the base's level?), nor a name of verbs only, of a
    place only (``Khu Công nghiệp Nghĩa Đàn ( 245,68ha )``, ``thành phố Hồ Chí Minh (40,71 tỷ USD)``) or
    of capitalised words only (``Hà Nội (26,96 tỷ USD)``: a proper name); a name that holds a whole and its first
    part after ``make_up_leads`` is the part's (``Cây công nghiệp lâu năm gồm cà phê (12.500 ha)`` → ``cà phê``,
    not the whole's area); else None."""
    inside = ctx.figures_within(p0, p1)
    if (len(inside) != 1 or _SIGN_ONLY.fullmatch(ctx.text, p0 + 1, inside[0].start) is None
            or _SIGN_ONLY.fullmatch(ctx.text, inside[0].end, p1 - 1) is None or ctx.text[p1 - 1:p1] != ")"
            or ctx.figures_within(x, p0) or _SAYS.search(ctx.lower, x, p0) or _BASE.search(ctx.lower, x, p0)
            or (inside[0].kind == "percentage" and _JUDGEMENT_AT_END.search(ctx.lower, x, _trimmed(ctx, x, p0)))):
        return None
    name = _subject(ctx, name_in(ctx, x, p0))
    lead = None if name is None else _MAKE_UP_LEAD.search(ctx.lower, *name)
    if name is not None and lead is not None:    # "… lâu năm gồm cà phê (12.500 ha)": the part after the lead
        name = _subject(ctx, name_in(ctx, lead.end(), name[1]))
    if (name is None or _ONLY_A_PLACE.fullmatch(ctx.text, *name) or _ZONE_AT.search(ctx.lower, *name)
            or _PROPER_NAME.fullmatch(ctx.text, *name)):
        return None
    return name


def _trimmed(ctx: Context, a: int, b: int) -> int:
    while b > a and ctx.text[b - 1] in " \u00a0":
        b -= 1
    return b


_BASE = regex.compile(exact_words(WORDS.base_prefixes))   # lower-case: "so với", "so" (folded, "số" would be "so")
_SIGN_ONLY = regex.compile(r"[ \u00a0]*[+\-–]?[ \u00a0]*")
_PROPER_NAME = regex.compile(r"\p{Lu}\p{L}*(?:[ \u00a0\-–]+\p{Lu}\p{L}*)*")
_ZONE_AT = regex.compile(exact_words(WORDS.zone_places))
# the last word that leads from a whole to its parts (``make_up_leads``: ``gồm``, ``bao gồm``), lower-case text
_MAKE_UP_LEAD = regex.compile(r"(?r)" + exact_words(WORDS.make_up_leads))


# what may stand between a parenthesis's opening and its percentage: a change verb (folded)
_PERCENT_OPENING = regex.compile(r"\s*(?:(?:tang|giam)\s+)?")
_PERCENT_REACH = 60
# a clause that compares its measure with another's ("cao hơn mức bình quân chung của tỉnh (9,15%)")
_COMPARED = regex.compile(words_pattern(WORDS.comparatives))
# a clause that compares its measure with a base that is no plan ("cao so với bình quân chung của tỉnh (4,5%)",
# "còn chậm so với cùng kỳ năm trước (45,2%)"): the parenthesis may give the base's level (folded); a plan base
# ("đạt thấp so kế hoạch (38,8%)") may stand; the prefix atomic, its longest form first ("so với" is never "so")
_BASE_NOT_A_PLAN = regex.compile(
    rf"(?>{words_pattern(WORDS.base_prefixes)})\s+(?!{PLAN_BASE_WORDS})")
# a clause that says only that its subject had a growth, perhaps judged ("có mức tăng trưởng cao")
_ONLY_A_GROWTH = regex.compile(rf"[\s,]*(?:có\s+)?{exact_words(WORDS.growth_word_names)}"
                               rf"(?:\s+{exact_words(WORDS.judgements)})?[\s,]*")


def measure_before_parenthesis(ctx: Context, a: int, x: int, p0: int) -> Optional[tuple[int, int]]:
    """The span of the measure named by the clause ``[x, p0)`` right before a parenthesis at ``p0``
    that opens with a percentage (perhaps after ``tăng``/``giảm``), when that clause holds no figure
    and names a rate, a share or a growth (``rate_names``, ``share_names``, ``growth_names``): that
    measure's figure is the percentage (``Tỷ lệ giải ngân vốn đầu tư xây dựng cơ bản đạt thấp so kế
    hoạch (38,8%)``, ``kế hoạch tăng trưởng kinh tế trong năm 2019 (tăng từ 11,5%-12%)``). The name
    ends before the first of ``judged_predicates`` when what is left still names such a measure, else
    starts after it (``để thực hiện đạt được kế hoạch tăng trưởng kinh tế``: a target, as the clause's
    target word frames it, :func:`subject_before_parenthesis`). A
    clause that names only a growth of its subject (``growth_word_names``, perhaps after ``có`` and
    before a judgement) is named by that subject, the clause before it after ``a`` (``nhất là ngành
    nông nghiệp điểm sáng, có mức tăng trưởng cao (tăng 10,25%)`` → ``ngành nông nghiệp điểm
    sáng``), as a growth named by a growth word after its subject is. Else None (a place, ``Khu Công
    nghiệp Nghĩa Đàn ( 245,68ha )``; an amount; a count; a clause of verbs only; a clause with a
    comparative, ``comparatives``, whose parenthesis may give what it is compared with: ``Tốc độ tăng
    trưởng kinh tế của huyện cao hơn mức bình quân chung của tỉnh (9,15%)``; nor one with a base that is no
    plan, ``Tỷ lệ hộ nghèo của huyện vẫn còn cao so với bình quân chung của tỉnh (4,5%)``)."""
    inside = ctx.figures_within(p0, min(len(ctx.text), p0 + _PERCENT_REACH))
    if not inside or inside[0].kind != "percentage" or ctx.figures_within(x, p0):
        return None
    if (_PERCENT_OPENING.fullmatch(ctx.folded, p0 + 1, inside[0].start) is None
            or _COMPARED.search(ctx.folded, x, p0) is not None
            or _BASE_NOT_A_PLAN.search(ctx.folded, x, p0) is not None):
        return None
    if _ONLY_A_GROWTH.fullmatch(ctx.lower, x, p0) is not None:
        y = x - 1 if ctx.text[x - 1:x] == "," else x
        w = _clause_start(ctx, a, y) if y > a else None
        if w is None or w >= y or ctx.figures_within(w, y):
            return None
        return _subject(ctx, name_in(ctx, w, y))
    predicate = _PREDICATE.search(ctx.lower, x, p0)
    spans = [(x, p0)] if predicate is None else [(x, predicate.start()), (predicate.end(), p0), (x, p0)]
    for u, v in spans:
        name = _subject(ctx, name_in(ctx, u, v))
        if name is not None and _names_a_measure(ctx.text[name[0]:name[1]]):
            return name
    return None


def _names_a_measure(text: str) -> bool:
    return is_rate_or_share(text) or is_growth_name(text)


def parenthesis_read(drafts: list[Draft], clause: Clause) -> None:
    """Mark the statements read in a parenthesis as such; one named by the subject of a change
    predicate before it (:func:`subject_before_parenthesis`) has that change as its figure
    (``IIP toàn ngành vẫn giảm khá sâu (-12,96%)``: a growth rate, not the index's level)."""
    label = clause.get("label_change")
    for draft in drafts:
        draft.in_parens = True
        if (label is not None and draft.name_start is not None and label[0] <= draft.name_start < label[1]
                and draft.unit == "%"
                and draft.value is not None and draft.change is None):
            draft.value_changed = True


_CARRIED_OPENER = regex.compile(r"[\s\-–+•*]*" + exact_words(WORDS.carried_subject_openers))
_SENTENCE_GAP = regex.compile(r"[ \u00a0]*\.?[ \u00a0]*")


def subject_of_sentence_before(ctx: Context, before: Optional[int], start: int) -> Clause:
    """The context of a sentence at clean offset ``start`` that opens with a running total or an
    estimate (``carried_subject_openers``: ``Lũy kế 6 tháng đầu năm ước đạt 871 tỷ đồng``, ``Ước 6
    tháng đầu năm 2017 đạt 64,81% dự toán năm``) right after a sentence of the same paragraph
    (starting at ``before``) that holds no figure and ends with a clause that says its subject
    changed or fared (``thu ngân sách trên địa bàn tỉnh có tăng trưởng so với cùng kỳ.``, ``Thu ngân
    sách có nhiều cố gắng.``): that subject labels the sentence's first figure the lead of which names
    nothing; else no context."""
    if before is None or _CARRIED_OPENER.match(ctx.lower, start, start + _LEAD_REACH) is None:
        return {}
    end = start
    while end > before and ctx.text[end - 1] in " \u00a0.":
        end -= 1
    if end == start or _SENTENCE_GAP.fullmatch(ctx.text, end, start) is None or ctx.figures_within(before, start):
        return {}
    x = _clause_start(ctx, before, end)
    if x is None:
        return {}
    changed = CHANGE_PREDICATE_AT_END.search(ctx.folded, x, end)
    if changed is not None:
        name = _subject(ctx, name_in(ctx, x, changed.start()))
    else:
        tail = _JUDGEMENT_AT_END.search(ctx.lower, x, end)
        predicate = _PREDICATE.search(ctx.lower, x, tail.start()) if tail is not None else None
        name = None if tail is None else _subject(ctx, name_in(
            ctx, x, predicate.start() if predicate is not None else tail.start()))
    return {"label": name} if name is not None else {}
