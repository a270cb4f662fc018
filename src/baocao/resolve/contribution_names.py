"""A contribution in points named by its part, never by the whole it adds to nor by its verb alone.

A figure in ``điểm phần trăm`` after ``đóng góp`` / ``làm giảm`` is the share of a growth that one part gave
(docs/records.md: a contribution is keyed by its sector). When the phrase reading names it by the whole
(``… làm giảm 2,16 điểm phần trăm mức tăng chung``, 247 dangcongsan; ``… đóng góp 3,21 điểm phần trăm vào
GRDP``, 037 Cục Thống kê Bình Phước) or by its verb (``kế đến là khu vực dịch vụ, đóng góp 1,98 điểm %``, 320
Lao động Thủ đô): a name of only a word of ``contribution_wholes``, the part is the subject of its sentence:

- the statement before it whose name starts in the same sentence, no semicolon or colon between (``khu vực
  dịch vụ giảm 4,38% so với cùng kỳ, làm giảm …``), unless that name itself ends with such a word (``… ước
  tăng 2,96% và chỉ đóng góp 0,82 điểm phần trăm vào tăng trưởng chung``, where the statement before is named
  ``chỉ đóng góp``);
- else the phrase before the comma that opens the figure's lead, read as any name is (``kế đến là khu vực
  dịch vụ, đóng góp …``: ``khu vực dịch vụ``).

With neither (``Đóng góp 1,2 điểm phần trăm.``) the name stays: no subject is guessed across a sentence or a
clause. Read by :func:`baocao.resolve.statements.place`."""
from __future__ import annotations

from typing import Optional

import regex

from baocao.core.fold import fold
from baocao.resolve.after_level import POINTS_UNITS
from baocao.resolve.context import Context, Draft, Figure, folded_unit
from baocao.resolve.phrases import name_in
from baocao.resolve.vocabulary import WORDS

__all__ = ["named_by_contributor"]

_WHOLES = frozenset(fold(w) for w in WORDS.contribution_wholes)
# on a folded name: one that ends with a whole or the verb is no part's ("ước tăng 2,96% và chỉ đóng góp 0,82 điểm
# phần trăm": the statement before is itself named "chỉ đóng góp")
_ENDS_WITH_A_WHOLE = regex.compile(r"(?:^|\s)(?:" + "|".join(regex.escape(w) for w in sorted(_WHOLES)) + r")$")
# between the subject's name and the contribution: no end of a sentence or of a clause
_END = regex.compile(r"[;:!?\n]|\.(?=\s)")

#: How far before the contribution's lead its sentence may start (characters).
SUBJECT_REACH = 200


def named_by_contributor(ctx: Context, fig: Figure, current: Optional[Draft], named: Optional[Draft]
                         ) -> Optional[Draft]:
    """``named`` (the draft the phrase reading gave ``fig``), renamed by the part that contributes when it
    is a contribution in points named only by a whole or a verb (see the module's text)."""
    if named is None or folded_unit(fig.rec) not in POINTS_UNITS or fold(named.name.strip()) not in _WHOLES:
        return named
    rec = fig.rec
    if (current is not None and current is not named and current.name_start is not None
            and current.name_start < rec.start and not _ENDS_WITH_A_WHOLE.search(fold(current.name.strip()))
            and _END.search(ctx.text, current.name_start, rec.start) is None):
        named.name, named.name_start = current.name, None
        return named
    lo = max(0, fig.lead_start - SUBJECT_REACH)
    before = ctx.text[lo:fig.lead_start].rstrip(" \u00a0")
    if not before.endswith(","):
        return named        # no comma opens the lead: no subject of its own before it
    comma = lo + len(before) - 1
    ends = list(_END.finditer(ctx.text, max(0, comma - SUBJECT_REACH), comma))
    if not ends:
        return named        # the sentence starts too far back to read its subject
    start = ends[-1].end()
    span = name_in(ctx, start, comma)
    if span is None or fold(ctx.text[span[0]:span[1]]) in _WHOLES:
        return named
    named.name, named.name_start = ctx.text[span[0]:span[1]], span[0]
    return named
