"""A bare administrative unit that has or reaches a measure: ``Là buôn có tỷ lệ đồng bào dân tộc thiểu số
chiếm gần 90%`` is named by the measure (``tỷ lệ đồng bào dân tộc thiểu số``), the unit (``buôn``, with no
proper name: the document's own) being the subject; read by
:func:`baocao.resolve.naming.named_by_phrase_before`."""
from __future__ import annotations

import regex

from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context
from baocao.resolve.vocabulary import WORDS

__all__ = ["after_a_bare_subject"]

# on folded text: the unit, words of aspect, "có"/"đạt", then a measure's noun
_BARE_SUBJECT = regex.compile(
    rf"{words_pattern(WORDS.subject_places)}[ \u00a0]+(?:(?:da|dang|hien|cung|van)[ \u00a0]+)*(?:co|dat)[ \u00a0]+"
    rf"(?={words_pattern(WORDS.subject_measure_heads)})")
# before the unit: a list or a count it is a piece of ("09 tỉnh, thành phố có …")
_LISTED_BEFORE = regex.compile(r"[,\d][ \u00a0]*$")
LIST_REACH = 8
"""How far before the unit a comma or a number that makes it a piece of a list is looked for."""


def after_a_bare_subject(ctx: Context, a: int, b: int) -> int:
    """The start of the name [a, b) after a bare administrative unit that opens it and has or reaches
    the measure that follows (see the module's text), when the unit is no piece of a list or a count;
    else `a`."""
    m = _BARE_SUBJECT.match(ctx.folded, a, b)
    if m is None or _LISTED_BEFORE.search(ctx.text, max(0, a - LIST_REACH), a) is not None:
        return a
    return m.end()
