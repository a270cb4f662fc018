"""A bare administrative unit that has or reaches a measure: ``Là buôn có tỷ lệ đồng bào dân tộc thiểu số
chiếm gần 90%`` is named by the measure (``tỷ lệ đồng bào dân tộc thiểu số``), the unit (``buôn``, with no
proper name: the document's own) being the subject; so is a place's bare proper name (two capitalised
words or more, no unit word before it) or ``(một) địa phương`` that opens its sentence, with no figure
before it there (``Trong những năm qua, Kim Bảng có tốc độ phát triển kinh tế bình quân 7-7,5% năm``,
``Điện Biên có mật độ dân số thưa: 57 người/ km2``, ``Đồng Nai là một địa phương có GRDP bình quân mỗi
năm tăng 8,14%``); read by :func:`baocao.resolve.naming.named_by_phrase_before`."""
from __future__ import annotations

import regex

from baocao.core.rules import compile_at
from baocao.core.fold import fold
from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context
from baocao.resolve.vocabulary import WORDS

__all__ = ["after_a_bare_subject"]

# on folded text: the unit, words of aspect, "có"/"đạt", then a measure's noun
_BARE_SUBJECT = regex.compile(
    rf"{words_pattern(WORDS.subject_places)}[ \u00a0]+(?:(?:da|dang|hien|cung|van)[ \u00a0]+)*(?:co|dat)[ \u00a0]+"
    rf"(?={words_pattern(WORDS.subject_measure_heads)})")
_VERB_AND_HEAD = (rf"[ \u00a0]+(?:(?:da|dang|hien|cung|van)[ \u00a0]+)*(?:co|dat)[ \u00a0]+"
                  rf"(?={words_pattern(WORDS.subject_measure_heads)})")
# on the text: a bare proper name of two capitalised words or more (a letter, an apostrophe: "M'gar")
_PROPER = regex.compile(r"(?:\p{Lu}['’]?\p{Ll}\p{L}*[ \u00a0]+){1,3}\p{Lu}['’]?\p{Ll}\p{L}*")
# on folded text, after the proper name or as the subject itself: "(một) địa phương"
_PROPER_REST = regex.compile(_VERB_AND_HEAD)
_LOCALITY = compile_at(r"(?:mot[ \u00a0]+)?dia[ \u00a0]+phuong" + _VERB_AND_HEAD)
# before the proper name, back to its sentence's start: a figure (a year is none) or a unit word right
# before it makes it a part
_SENTENCE_BEFORE = regex.compile(r"[^.;:!?\n]{0,120}\Z")
_PART_BEFORE = regex.compile(rf"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d|{words_pattern(WORDS.subject_places)}[ \u00a0]*\Z")
# after the name, to its sentence's end (past a semicolon): another proper name that has or reaches
# something, a list of parts
_SENTENCE_AFTER = regex.compile(r"[^.!?\n]{0,120}")
_NEXT_PART = regex.compile(r"[,;][ \u00a0]*(?:\p{Lu}['’]?\p{Ll}\p{L}*[ \u00a0]+){1,4}(?:đã[ \u00a0]+)?(?:có|đạt)[ \u00a0]")
SENTENCE_REACH = 120
"""How far back to its sentence's start the text before a bare proper name is read."""
# before the unit: a list or a count it is a piece of ("09 tỉnh, thành phố có …")
_LISTED_BEFORE = regex.compile(r"[,\d][ \u00a0]*$")
LIST_REACH = 8
"""How far before the unit a comma or a number that makes it a piece of a list is looked for."""


def after_a_bare_subject(ctx: Context, a: int, b: int) -> int:
    """The start of the name [a, b) after a bare administrative unit that opens it and has or reaches
    the measure that follows (see the module's text), when the unit is no piece of a list or a count;
    else `a`."""
    m = _BARE_SUBJECT.match(ctx.folded, a, b)
    if m is None:
        return _after_a_bare_proper_name(ctx, a, b)
    if _LISTED_BEFORE.search(ctx.text, max(0, a - LIST_REACH), a) is not None:
        return a
    return m.end()


def _after_a_bare_proper_name(ctx: Context, a: int, b: int) -> int:
    """The start of the name [a, b) after a bare proper name or ``(một) địa phương`` that opens its
    sentence and has or reaches the measure that follows (see the module's text); else `a`."""
    m = _LOCALITY.match(ctx.folded, a, b)
    if m is None:
        p = _PROPER.match(ctx.text, a, b)
        m = _PROPER_REST.match(ctx.folded, p.end(), b) if p is not None else None
    if m is None:
        return a
    before = _SENTENCE_BEFORE.search(ctx.text, max(0, a - SENTENCE_REACH), a)
    if before is None or _PART_BEFORE.search(fold(before.group())) is not None:
        return a        # a figure before it in the sentence, or a sentence too long to read: a part
    if ctx.text[before.start() - 1:before.start()] in (":", ";"):
        return a        # "… bình quân hằng năm: Thái Nguyên đạt tỷ lệ 3,12%; Bắc Kạn …": an item of a list
    after = _SENTENCE_AFTER.match(ctx.text, b, min(len(ctx.text), b + SENTENCE_REACH))
    if after is not None and _NEXT_PART.search(after.group()) is not None:
        return a        # "Hà Tiên có tỷ lệ hộ nghèo 2%, Phú Quốc có …": the first of the parts
    return m.end()
