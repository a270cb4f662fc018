"""A measure's name after a comma inside the text before a figure: when a comma inside the name is
followed by one of ``comma_name_heads`` (``tỷ lệ``, ``tổng số``, ``bình quân`` …) and two words or more,
the name is what follows the last such comma; the words before it are a clause of their own
(``Xuất phát điểm ban đầu của tỉnh tương đối thấp, bình quân mỗi xã chỉ đạt 3,5 tiêu chí`` → ``bình quân
mỗi xã``) or the end of a list (``… Ea Kuăng, tổng số xã đạt chuẩn nông thôn mới toàn huyện là 9 xã``);
read by :func:`baocao.resolve.naming.named_by_phrase_before`."""
from __future__ import annotations

import regex

from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context
from baocao.resolve.vocabulary import WORDS

__all__ = ["after_a_comma_head"]

# on folded text: a comma, then a head and at least one more word
_COMMA_HEAD = regex.compile(rf",[ \u00a0]+(?={words_pattern(WORDS.comma_name_heads)}[ \u00a0]+\p{{L}})")
# a name that opens with such a head lists measures ("Tỷ lệ hộ nghèo, tỷ lệ hộ cận nghèo giảm"): no cut
_HEAD_FIRST = regex.compile(words_pattern(WORDS.comma_name_heads))


def after_a_comma_head(ctx: Context, a: int, b: int) -> int:
    """The start of the name [a, b) after the last comma in it that one of ``comma_name_heads`` follows
    (see the module's text), unless the name opens with such a head itself (a list of measures); else
    `a`. Reads only [a, b), the name itself."""
    start = a
    if _HEAD_FIRST.match(ctx.folded, a, b) is not None:
        return a
    for m in _COMMA_HEAD.finditer(ctx.folded, a, b):
        start = m.end()
    return start
