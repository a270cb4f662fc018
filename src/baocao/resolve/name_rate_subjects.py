"""The subject of a clause that ends with ``với`` and a rate word alone before its figure names the figure
(``Công nghiệp – xây dựng tiếp đà phát triển mạnh mẽ với tốc độ tăng trưởng dự ước đạt 9,9%`` →
``Công nghiệp – xây dựng``): read by :func:`baocao.resolve.phrases.name_in`.

The subject is the text before the first of ``subject_predicates`` that leaves a word before it, after
the last comma and the last clause cut (``name_cuts``: ``nên``, ``thì``, …) before that predicate: in
``… chủ động triển khai các giải pháp ứng phó nên tăng trưởng kinh tế của tỉnh Bạc Liêu có bước phát triển
khá với mức tăng 7,1%`` the ``tăng trưởng`` right after ``nên`` leaves no subject, and ``có bước phát
triển`` leaves ``tăng trưởng kinh tế của tỉnh Bạc Liêu``."""
from __future__ import annotations

from typing import Callable, Optional

import regex

from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context
from baocao.resolve.vocabulary import WORDS, exact_words

__all__ = ["subject_before_a_rate"]

WITH_A_RATE = regex.compile(rf"(?<!so\s)(?<![\p{{L}}\p{{N}}])voi\s+{words_pattern(WORDS.subject_rates)}")
SUBJECT_PREDICATE = regex.compile(exact_words(WORDS.subject_predicates))
_CLAUSE_CUT = regex.compile(exact_words(WORDS.name_cuts))
_LETTER = regex.compile(r"\p{L}")

Strip = Callable[[Context, int, int, bool, bool], "tuple[int, int]"]


def subject_before_a_rate(ctx: Context, a: int, b: int, strip: Strip) -> Optional[tuple[int, int]]:
    """The subject of the clause in [a, b) when the clause ends with ``với`` and only a rate word
    (``subject_rates``; then fillers, periods or a comparison), each piece stripped by `strip`; None
    otherwise (``với tốc độ tăng trưởng của ngành chế biến đạt …`` names its rate)."""
    rate = None
    for rate in WITH_A_RATE.finditer(ctx.folded, a, b):
        pass
    if rate is None:
        return None
    rest = strip(ctx, rate.end(), b, True, False)     # "… với tốc độ tăng trưởng bình quân khoảng 9,01%/năm"
    if _LETTER.search(ctx.text, *rest):
        return None
    for m in SUBJECT_PREDICATE.finditer(ctx.lower, a, rate.start()):
        comma = ctx.text.rfind(",", a, m.start())
        x = comma + 1 if comma >= 0 else a
        cut = None
        for cut in _CLAUSE_CUT.finditer(ctx.lower, x, m.start()):
            pass
        x, y = strip(ctx, cut.end() if cut is not None else x, m.start(), False, False)
        if _LETTER.search(ctx.text, x, y):
            return x, y
    return None
