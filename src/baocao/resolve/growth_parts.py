"""The parts of a growth written in a sentence of their own after it take its framing.

A statistics release writes the growth of the economy (``GDP quý I/2021 ước tính tăng 4,48%``), then,
a sentence or two later, its parts, in a sentence opened by words that name that growth as the whole
(``growth_parts_openers`` in ``data/indicators.yaml``: ``Trong mức tăng chung của toàn nền kinh tế,
khu vực nông, lâm nghiệp và thủy sản tăng 3,16%, đóng góp 8,34%; …``). The parts are the estimate's
parts: :func:`carry_to_growth_parts` frames them as estimates when the whole, the last statement
before their sentence (within :data:`REACH`; not an aside in a parenthesis, nor the level of another
period written beside it, ``cao hơn tốc độ tăng 3,68% của quý I/2020``), is an estimate. A part
framed by its own words keeps its framing; the parts of a growth that is no estimate stay ``actual``.

A growth named by a sector of the economy (``growth_sector_parts``: ``khu vực công nghiệp-xây dựng tăng
5,62%``; or without ``khu vực``, a name of ``growth_sector_heads`` only, perhaps after ``growth_sector_prefixes``:
``công nghiệp xây dựng tăng 7,27%``, ``Giá trị tăng thêm nhóm ngành nông, lâm nghiệp và thuỷ sản tăng 6,42%``, not
``Dịch vụ lưu trú và ăn uống tăng 12%``) is such a part whatever
opens its sentence, when the whole before it is the economy's growth
(``economy_growth_names``: ``tốc độ tăng trưởng kinh tế của tỉnh tăng 5,02%``) or a part of it already
read so (the sectors written one sentence each). It is no part when it names a period of its own other
than the whole's (``Năm 2020, khu vực dịch vụ tăng 3,34%`` after a quarter's growth), nor when it is a
share (``khu vực dịch vụ chiếm 42,61%``: a level, no growth).

The whole is found past what is written between (session 46): the shares of the economy's structure listed
between the growth and its sectors (``Cơ cấu kinh tế …: khu vực nông, lâm nghiệp và thủy sản chiếm 20,10%;
…``) are no whole; a sector's contribution in points (``đóng góp 2,82 điểm phần trăm``) is a sector's growth,
so the sectors written one sentence each go on taking the estimate; the economy's level written with its
growth (``GRDP ước đạt 27.116 tỷ đồng, tăng 8,37%``) is the economy's growth; and a sentence opened by
``Trong`` and a sector (``Trong khu vực nông, lâm nghiệp và thủy sản, ngành thủy sản tăng 11,25%``) lists
that sector's parts, as ``growth_parts_openers`` do.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from baocao.core.rules import compile_at
from baocao.core.fold import fold
from baocao.resolve._rules import load, words_pattern
from baocao.resolve.reach import sentence_start_within
from baocao.resolve.sentence_framing import level_of_another_period
from baocao.resolve.vocabulary import GROWTH_NAME_AT, WORDS

if TYPE_CHECKING:
    from baocao.resolve.context import Context, Draft

__all__ = ["carry_to_growth_parts"]

REACH = 1200
"""At most this many characters between the whole's last figure and the sentence of its parts."""
LOOK_BACK = 600
"""How far back from a part the start of its sentence is looked for."""
_OPENER = compile_at(r"[\s\-–+•*]*(?:" + words_pattern(WORDS.growth_parts_openers)
                     + r"|trong\s+" + words_pattern(WORDS.growth_sector_parts) + ")")
_HEAD = words_pattern(WORDS.growth_sector_heads)
# a name that opens with a sector's area word or the product taxes, or a name of sector words only ("công nghiệp -
# xây dựng", "Giá trị tăng thêm nhóm ngành nông, lâm nghiệp và thuỷ sản"), folded
_SECTOR = regex.compile(
    r"\s*(?:cac\s+)?(?:" + words_pattern(WORDS.growth_sector_parts)
    + r"|(?:" + words_pattern(WORDS.growth_sector_prefixes) + r"\s+)*" + _HEAD
    + r"(?:\s*(?:[-–,]|\bva\b)?\s*" + _HEAD + r")*\s*$)")
_ECONOMY = regex.compile(words_pattern(WORDS.economy_growth_names))
# what makes a name with "kinh tế" no growth of the whole economy: the exclusions of the key of the economy's
# growth (grdp_growth: "kinh tế tư nhân", "kinh tế số", "đầu người", "khu vực", …), as the keys read them
_NOT_ECONOMY = regex.compile(words_pattern(next(
    e.exclude for e in load("indicator_keys").keys if e.key == "grdp_growth")))
_POINTS = "điểm phần trăm"
_GROWTH_UNITS = frozenset({"%", _POINTS})


def _sector_growth(draft: Draft) -> bool:
    """True when ``draft`` is a growth (a change in percent or points) named by a sector of the economy."""
    return ((draft.value_changed or draft.unit == _POINTS) and draft.unit in _GROWTH_UNITS
            and _SECTOR.match(fold(draft.name)) is not None)


def _economy_growth(draft: Draft) -> bool:
    """True when ``draft`` is a growth of the economy: a change (``tốc độ tăng trưởng kinh tế … tăng 5,02%``) or
    a rate its name calls a growth (``growth_names``) or called so before the comment was cut from it
    (``growth_named``: ``Kinh tế của tỉnh … 6 tháng đầu năm tăng trưởng khá, ước đạt 6,91%``, 282;
    resolve/name_comments.py), not a level of it (``quy mô kinh tế đạt …``), nor the growth of a part of the economy
    that the key of the economy's growth excludes (``kinh tế tư nhân tăng trưởng khá, ước đạt 8,1%``,
    ``chỉ số phát triển kinh tế số``)."""
    name = fold(draft.name)
    grows = (((draft.value_changed or draft.growth_named or GROWTH_NAME_AT.search(name) is not None) and draft.unit == "%")
             or draft.change_unit == "%")     # "GRDP ước đạt 27.116 tỷ đồng, tăng 8,37%": a level and its growth
    return grows and _ECONOMY.search(name) is not None and _NOT_ECONOMY.search(name) is None


def carry_to_growth_parts(ctx: Context, drafts: list[Draft]) -> None:
    """Frame as estimates the parts of an estimated growth in the sentence after it (``drafts`` in
    text order; see the module's text)."""
    for i, draft in enumerate(drafts):
        if draft.framing != "actual" or draft.framing_own or draft.in_parens or draft.summary or not draft.figs:
            continue
        start = draft.figs[0].start
        sentence = sentence_start_within(ctx.text, start, LOOK_BACK)
        opened = _OPENER.match(ctx.folded, sentence, start) is not None
        if not opened and not _sector_growth(draft):
            continue
        for j in range(i - 1, -1, -1):
            whole = drafts[j]
            if not whole.figs or whole.figs[0].start >= sentence:
                continue       # a part before it in the same sentence
            if whole.in_parens or whole.listed_share or level_of_another_period(ctx, whole) is not None:
                continue       # an aside, a share of the structure written between the growth and its parts
            if (whole.figs[-1].end >= sentence - REACH and whole.framing == "estimate" and not whole.summary
                    and (opened or _part_of(draft, whole))):
                draft.framing = "estimate"
            break


def _part_of(part: Draft, whole: Draft) -> bool:
    """True when the sector's growth ``part`` is a part of ``whole``: the economy's growth, or a sector's
    growth read as its part, over the same period when a period is known for the part already."""
    if part.period is not None and part.period != whole.period:
        return False
    return _economy_growth(whole) or _sector_growth(whole)
