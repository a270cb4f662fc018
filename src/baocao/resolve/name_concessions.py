"""A concession inside the text before a figure: ``tuy`` / ``mặc dù`` / ``dù`` … ``nhưng`` / ``song`` says
despite what the figure was reached, no part of its name. The name stands before it when only the verbs
that reach the figure follow ``nhưng`` (``Thu ngân sách nhà nước trên địa bàn 2 tháng đầu năm 2014 tuy gặp
nhiều khó khăn nhưng ước tính vẫn đạt 576.407 triệu đồng`` → ``Thu ngân sách nhà nước trên địa bàn``), and
after ``nhưng`` when a name follows it (``Mặc dù chịu ảnh hưởng bởi nhiều biến động …, nhưng tốc độ tăng
trưởng GDP bình quân giai đoạn 2016 - 2025 đạt khoảng 6,2%/năm`` → ``tốc độ tăng trưởng GDP``); read by
:func:`baocao.resolve.naming.named_by_phrase_before`.

A ``nhưng`` / ``song`` with no opener before it closes a clause all the same when a noun opens the name after
it (``Trong bối cảnh dịch bệnh diễn biến phức tạp, khó khăn nhưng giá trị xuất khẩu hàng hóa của Bình Dương
đạt 17.088 triệu USD`` → ``giá trị xuất khẩu hàng hóa``); not before an adverb or a verb (``Mã GAS cũng
giảm nhưng chỉ mất 0,5%``: what the figure is of stands before, out of this rule's reach)."""
from __future__ import annotations

import regex

from baocao.resolve.context import Context
from baocao.resolve.phrases import has_letter, name_in
from baocao.resolve.tagger import tags

__all__ = ["without_a_concession"]

CONCESSION_REACH = 160
"""How far after its opener (``tuy``, ``mặc dù``) the ``nhưng`` that closes a concession may stand."""
# on lower-cased text (exact forms: folded "du" is "dù" and "dự"): the opener, the clause, the closing word
_CONCESSION = regex.compile(
    r"(?<![\p{L}\p{N}])(?:tuy(?![ \u00a0]+nhiên)|mặc dù|dù|dẫu|tuy rằng|mặc dầu)[ \u00a0]"
    rf"[^.;!?\n]{{0,{CONCESSION_REACH}}}?(?<![\p{{L}}\p{{N}}])(?:nhưng|song)(?![\p{{L}}\p{{N}}])")
# a closing word with no opener ("song song" is "parallel", "nhưng mà" one conjunction)
_BARE_CLOSE = regex.compile(r"(?<![\p{L}\p{N}])(?<!song[ \u00a0])(?:nhưng|song)(?![\p{L}\p{N}])(?![ \u00a0]+(?:song|mà)(?![\p{L}\p{N}]))")
_NOUN_TAGS = frozenset({"N", "Np"})


def without_a_concession(ctx: Context, a: int, b: int) -> tuple[int, int]:
    """The part of the lead [a, b) that holds the name when a concession stands in it (see the module's
    text): after the last concession when a name follows it, else before the first when a name stands
    there; [a, b) otherwise."""
    last = None
    for last in _CONCESSION.finditer(ctx.lower, a, b):
        pass
    if last is None:
        return _after_a_bare_close(ctx, a, b)
    if name_in(ctx, last.end(), b) is not None:
        return last.end(), b
    first = _CONCESSION.search(ctx.lower, a, b)
    if first is not None and has_letter(ctx.text, a, first.start()) and name_in(ctx, a, first.start()) is not None:
        return a, first.start()
    return a, b


def _after_a_bare_close(ctx: Context, a: int, b: int) -> tuple[int, int]:
    """[a, b) from after its last ``nhưng`` / ``song`` with no opener, when a word stands before that word
    and the name after it opens with a noun (its part-of-speech tag); [a, b) otherwise."""
    last = None
    for last in _BARE_CLOSE.finditer(ctx.lower, a, b):
        pass
    if last is None or not has_letter(ctx.text, a, last.start()):
        return a, b
    name = name_in(ctx, last.end(), b)
    if name is None:
        return a, b
    tagged = tags(ctx.text[name[0]:name[1]])
    return (last.end(), b) if tagged and tagged[0][1] in _NOUN_TAGS else (a, b)
