"""A share named by its whole after ``chiếm``: ``X …, chiếm N% (trong) <whole>`` is the share of X, the
subject of the statement before it in the same clause, not of the whole it is a share of (``Thuế sản phẩm
trừ trợ cấp sản phẩm … đạt 1.994,9 tỷ đồng, …, chiếm 4,02% trong GRDP``; ``tiền gửi 303.600 tỷ đồng, tăng
9,57% và chiếm 99,54% tổng nguồn vốn``; ``nợ xấu … là 1.240 tỷ đồng (chiếm 1,07% tổng dư nợ)``): the
share takes that statement's name, the part, as the annotation does for every share (``dịch vụ chiếm
38,90%``); read by :func:`baocao.resolve.statements.place` for a figure with no name before it.

Only a percentage with no name before it whose lead ends with ``chiếm`` (``chiếm tỷ trọng``), when the
statement read last starts in the same clause (no ``;``, ``:``, sentence end or line break between its name and the
share) and its name (or first figure) starts within :data:`SUBJECT_REACH` before the share; not after ``lần lượt``, ``tương ứng`` (each of
several subjects has its own share, in order)."""
from __future__ import annotations

from typing import Optional

import regex

from baocao.resolve.context import Context, Draft, Figure

__all__ = ["named_after_a_share"]

SUBJECT_REACH = 300
"""How far before a share the name of the statement whose subject it is a share of may start."""

# on folded text: the end of a lead with no name in it (a comparison base of the change before may stand
# before): the share verb, with its words of degree
_SHARE_VERB_AT_END = regex.compile(
    r"(?<!\p{L})chiem(?:[ \u00a0]+(?:ty|ti)[ \u00a0]+(?:trong|le))?[ \u00a0]*\Z")
# several subjects, each with its share in order: not one subject's
_RESPECTIVELY = regex.compile(r"lan[ \u00a0]+luot|tuong[ \u00a0]+ung")
# between the subject's name and the share: no end of a clause
_CLAUSE_END = regex.compile(r"[;:!?\n]|\.(?=\s)")


def named_after_a_share(ctx: Context, fig: Figure, current: Optional[Draft],
                        after: tuple[int, int]) -> tuple[str, Optional[int]]:
    """The name and its start of a new indicator whose figure has no phrase before it and the phrase
    `after` after it: ``current``'s name when the figure is a share ``chiếm N% <whole>`` of its subject
    (see the module's text), else the phrase after."""
    rec = fig.rec
    if (current is not None and not current.summary and current.figs and rec.kind == "percentage"
            and _SHARE_VERB_AT_END.search(ctx.folded, fig.lead_start, rec.start) is not None
            and _RESPECTIVELY.search(ctx.folded, fig.lead_start, rec.start) is None):
        start = current.name_start if current.name_start is not None else current.figs[0].start
        if (0 <= rec.start - start <= SUBJECT_REACH and current.figs[0].end <= fig.lead_start
                and _CLAUSE_END.search(ctx.text, start, rec.start) is None):
            return current.name, None
    return ctx.text[after[0]:after[1]], after[0]
