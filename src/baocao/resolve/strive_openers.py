"""A clause of striving that opens its sentence with no figure frames the statements after it in the sentence as
targets (``UBND huyện Đắk Tô phấn đấu đến năm 2020, xã Tân Cảnh … được công nhận lại …; xã Đắk Trăm đạt 16/19
tiêu chí, xã Văn Lem đạt 15/19 tiêu chí``), as an estimate word in such a clause frames them as estimates and a
target word in the sentence's first statement frames those after it.

Only a strive word (``strive_words``: ``phấn đấu``) frames so, not the effort made (``strive_effort_before``
right before it: ``Với sự nỗ lực phấn đấu của các cấp, …``) or the striving done (``strive_past_words`` before it
in its clause: ``Đảng bộ … đã đoàn kết, phấn đấu vượt qua khó khăn; …``), nor a plan word that
may name the results against it (``Năm 2023, huyện hoàn thành vượt mức các chỉ tiêu kế hoạch; thu ngân sách đạt
120 tỷ đồng``: actual).
"""
from __future__ import annotations

import regex

from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context
from baocao.resolve.vocabulary import STRIVE, WORDS

__all__ = ["strives"]

_EFFORT_AT_END = regex.compile(words_pattern(WORDS.strive_effort_before) + r"[ \u00a0]+$")
# read with its diacritics: "đã", not "đa" ("đa dạng")
_PAST = regex.compile(r"(?<![\p{L}\p{N}])(?:" + "|".join(regex.escape(w) for w in WORDS.strive_past_words)
                      + r")(?![\p{L}\p{N}])", regex.IGNORECASE)
_EFFORT_REACH = 12
"""How far back from a strive word its effort word is looked for (``no luc `` and a space)."""


def strives(ctx: Context, a: int, b: int) -> bool:
    """True when the clause [a, b) (clean offsets) holds a strive word that is no effort made.

    >>> import baocao
    >>> [i.framing for i in baocao.parse("Huyện phấn đấu đến năm 2020, xã A được công nhận lại; "
    ...                                    "xã B đạt 16/19 tiêu chí.").indicators if i.kind == "indicator"]
    ['target']
    """
    for m in STRIVE.finditer(ctx.folded, a, b):
        if (_EFFORT_AT_END.search(ctx.folded, max(a, m.start() - _EFFORT_REACH), m.start()) is None
                and _PAST.search(ctx.text, a, m.start()) is None):
            return True
    return False
