"""A bare administrative unit that has, reaches or changes a measure (``subject_measure_verbs``; the measure's
noun perhaps after ``tổng``): ``Là buôn có tỷ lệ đồng bào dân tộc thiểu số chiếm gần 90%`` is named by the
measure (``tỷ lệ đồng bào dân tộc thiểu số``), the unit (``buôn``, with no proper name: the document's own)
being the subject (``Qua nhiều nỗ lực, tỉnh kéo giảm tỉ lệ hộ nghèo …``, 280 Truyền hình Vĩnh Long: the
comma of a clause before it lists nothing); so is a place's bare proper name (two capitalised words or
more, no unit word before it but the whole's ``Toàn huyện``), a unit with its proper name, or ``(một) địa
phương`` that opens its sentence, with no figure before it there and not right after a colon or a semicolon
(``Trong những năm qua, Kim Bảng có tốc độ phát triển kinh tế bình quân 7-7,5% năm``, ``Điện Biên có mật độ
dân số thưa: 57 người/ km2``, ``Đồng Nai là một địa phương có GRDP bình quân mỗi năm tăng 8,14%``; ``Toàn
huyện Di Linh có tổng diện tích 1614.63 km2``, 283 the Đà Lạt portal; ``…:Trong giai đoạn từ năm 2005 –
2010, huyện Chư Sê đạt tốc độ tăng trưởng kinh tế bình quân là 15,1%``, 305 vansudia.net; ``xã Vạn Điểm có
tổng thu nhập …``, 202 the Thường Tín portal) when the document's opening names that place (the place it is
about: a district's in a province's report is a part, ``Huyện Mường Nhé có tỷ lệ hộ nghèo 38,5%``); read by
:func:`baocao.resolve.naming.named_by_phrase_before`."""
from __future__ import annotations

import regex

from baocao.core.rules import compile_at
from baocao.core.fold import fold
from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context
from baocao.resolve.vocabulary import SUBJECT_PLACE, WORDS, exact_alternation

__all__ = ["after_a_bare_subject"]

# on folded text: words of aspect, a verb of having, reaching or changing ("có", "đạt", "kéo giảm":
# subject_measure_verbs), then a measure's noun, perhaps after "tổng" ("có tổng diện tích")
_VERB_AND_HEAD = (rf"[ \u00a0]+(?:(?:da|dang|hien|cung|van)[ \u00a0]+)*{words_pattern(WORDS.subject_measure_verbs)}"
                  rf"[ \u00a0]+(?=(?:tong[ \u00a0]+)?{words_pattern(WORDS.subject_measure_heads)})")
# on folded text: the unit, then the verb and the measure's noun
_BARE_SUBJECT = regex.compile(rf"{words_pattern(WORDS.subject_places)}{_VERB_AND_HEAD}")
# on the text: a bare proper name of two capitalised words or more (a letter, an apostrophe: "M'gar"), or a
# unit with its proper name of one word or more ("huyện Chư Sê")
_PROPER = regex.compile(r"(?:\p{Lu}['’]?\p{Ll}\p{L}*[ \u00a0]+){1,3}\p{Lu}['’]?\p{Ll}\p{L}*")
_UNIT_AND_PROPER = regex.compile(rf"{SUBJECT_PLACE}[ \u00a0]+(?:\p{{Lu}}['’]?\p{{Ll}}\p{{L}}*[ \u00a0]+){{0,3}}"
                                 rf"\p{{Lu}}['’]?\p{{Ll}}\p{{L}}*")
# on folded text, after the proper name or as the subject itself: "(một) địa phương"
_PROPER_REST = regex.compile(_VERB_AND_HEAD)
_LOCALITY = compile_at(r"(?:mot[ \u00a0]+)?dia[ \u00a0]+phuong" + _VERB_AND_HEAD)
# before the proper name, back to its sentence's start: a figure (a year is none) or a unit word right
# before it makes it a part, not the whole's "toàn" before the unit ("Toàn huyện Di Linh có …")
_SENTENCE_BEFORE = regex.compile(r"[^.;:!?\n]{0,120}\Z")
_PART_BEFORE = regex.compile(rf"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d"
                             rf"|(?<!toan[ \u00a0]+){words_pattern(WORDS.subject_places)}[ \u00a0]*\Z")
# after the name, to its sentence's end (past a semicolon): another proper name, perhaps after its unit,
# that has or reaches something, a list of parts
_SENTENCE_AFTER = regex.compile(r"[^.!?\n]{0,120}")
_NEXT_PART = regex.compile(rf"[,;][ \u00a0]*(?:{SUBJECT_PLACE}[ \u00a0]+)?(?:\p{{Lu}}['’]?\p{{Ll}}\p{{L}}*[ \u00a0]+){{1,4}}"
                           rf"(?:đã[ \u00a0]+)?(?i:{exact_alternation(WORDS.subject_measure_verbs)})[ \u00a0]")
SENTENCE_REACH = 120
"""How far back to its sentence's start the text before a bare proper name is read."""
OPENING_CHARS = 300
"""How much of a document's start is its opening, which names the place the document is about."""
_UNIT_AT = regex.compile(rf"{SUBJECT_PLACE}[ \u00a0]+")
# before the unit, on folded text: a list of units or a count it is a piece of ("09 tỉnh, thành phố có …"); not
# the comma that ends a clause before it ("Qua nhiều nỗ lực, tỉnh kéo giảm tỉ lệ hộ nghèo …")
_LISTED_BEFORE = regex.compile(rf"(?:\d|{words_pattern(WORDS.subject_places)}[ \u00a0]*,)[ \u00a0]*$")
LIST_REACH = 20
"""How far before the unit a unit and its comma or a number that makes it a piece of a list is looked for."""


def _the_documents_place(ctx: Context, place: str) -> bool:
    """True when the proper name of ``place`` (a unit and its proper name: ``huyện Chư Sê``) is written in the
    document's opening (its first :data:`OPENING_CHARS` characters: a headline, a title, a lead), the place the
    document is about (``Giới thiệu khái quát huyện Chư Sê``, 305; ``Các xã Vạn Điểm, Tô Hiệu, Khánh Hà tổ chức
    kỳ họp …``, 202; ``Thông tin huyện Di Linh``, 283); a unit of another place is a part of the document's."""
    unit = _UNIT_AT.match(place)
    name = fold(place[unit.end():] if unit is not None else place).strip().lower()
    return bool(name) and name in ctx.folded[:OPENING_CHARS].lower()


def after_a_bare_subject(ctx: Context, a: int, b: int) -> int:
    """The start of the name [a, b) after a bare administrative unit that opens it and has or reaches
    the measure that follows (see the module's text), when the unit is no piece of a list or a count;
    else `a`."""
    m = _BARE_SUBJECT.match(ctx.folded, a, b)
    if m is None:
        return _after_a_bare_proper_name(ctx, a, b)
    if _LISTED_BEFORE.search(ctx.folded, max(0, a - LIST_REACH), a) is not None:
        return a
    return m.end()


def _after_a_bare_proper_name(ctx: Context, a: int, b: int) -> int:
    """The start of the name [a, b) after a bare proper name or ``(một) địa phương`` that opens its
    sentence and has or reaches the measure that follows (see the module's text); else `a`."""
    m = _LOCALITY.match(ctx.folded, a, b)
    if m is None:
        p = _UNIT_AND_PROPER.match(ctx.text, a, b)
        if p is None:
            p = _PROPER.match(ctx.text, a, b)
        elif not _the_documents_place(ctx, p.group()):
            p = None    # "Huyện Mường Nhé có tỷ lệ hộ nghèo 38,5%" in a province's report: a part, named with its place
        m = _PROPER_REST.match(ctx.folded, p.end(), b) if p is not None else None
    if m is None:
        return a
    before = _SENTENCE_BEFORE.search(ctx.text, max(0, a - SENTENCE_REACH), a)
    if before is None or _PART_BEFORE.search(fold(before.group())) is not None:
        return a        # a figure before it in the sentence, or a sentence too long to read: a part
    if ctx.text[before.start() - 1:before.start()] in (":", ";") and not before.group().strip():
        return a        # "… bình quân hằng năm: Thái Nguyên đạt tỷ lệ 3,12%; Bắc Kạn …": an item of a list
    after = _SENTENCE_AFTER.match(ctx.text, b, min(len(ctx.text), b + SENTENCE_REACH))
    if after is not None and _NEXT_PART.search(after.group()) is not None:
        return a        # "Hà Tiên có tỷ lệ hộ nghèo 2%, Phú Quốc có …": the first of the parts
    return m.end()
