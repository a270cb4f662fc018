"""Shares of the economy's structure listed by sector after the structure is named: a percentage named by
sectors only (``structure_parts`` of ``data/indicators.yaml``, after "khu vực" or "ngành") whose sentence names
the economy's structure before it (``economy_structure_heads``) is the sector's share, whatever verb reads it:
"Cơ cấu kinh tế trên địa bàn thành phố tiếp tục chuyển dịch đúng định hướng (đến năm 2015 dịch vụ: 55,1%;
công nghiệp - xây dựng: 38,7%; …)" (230, TP Hòa Bình's portal), "Cơ cấu kinh tế chuyển dịch theo hướng tích
cực, nông- lâm- ngư nghiệp giảm từ 46,47% xuống còn 28,1%, …" (276, Gio Linh's portal). A label line that ends
with ":" and names the structure heads the lines of sectors under it ("Cơ cấu nền kinh tế:" / "Công nghiệp –
66.8%" / "Dịch vụ 22.4%", 321 Becamex Tokyu's page). A growth named between the structure and the sector
("Cơ cấu kinh tế chuyển dịch tích cực, tốc độ tăng trưởng đạt 8%, trong đó công nghiệp 10%") makes the
sectors parts of that growth, no shares, and so does any other statement between them ("Cơ cấu kinh tế chuyển
dịch đúng hướng, vốn đầu tư toàn xã hội đạt 5.000 tỷ đồng, trong đó nông nghiệp 20%": the parts of the
capital); a name with any other word ("lao động nông nghiệp", "giá trị sản xuất công nghiệp") is no sector's
share, nor is industry alone (with construction or without it: the list says which, not the name). Read by
:mod:`baocao.resolve.build` for a percentage whose measure would be a level."""
from __future__ import annotations

import regex

from baocao.core.fold import fold
from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context, Draft
from baocao.resolve.measure import is_growth_name
from baocao.resolve.vocabulary import WORDS

__all__ = ["structure_share"]

_SECTOR = words_pattern(WORDS.structure_parts)
#: a name of sectors only ("nông- lâm- ngư nghiệp", "khu vực công nghiệp - xây dựng", "dịch vụ:"), folded
_SECTORS = regex.compile(rf"\s*(?:(?:khu\s+vuc|nganh)\s+)?{_SECTOR}(?:\s*(?:[-–,]|\bva\b)?\s*{_SECTOR})*\s*[:–-]?\s*")
#: industry alone, which a list of the structure writes for industry with construction or without it (321
#: "Công nghiệp – 66.8%" beside services and agriculture only; 070 "công nghiệp" a part of "khu vực công nghiệp
#: và xây dựng"): the list, not the name, says which, and so no share is read
_INDUSTRY_ALONE = regex.compile(r"\s*(?:(?:khu\s+vuc|nganh)\s+)?cong\s+nghiep\s*[:–-]?\s*")
#: the economy's structure named (folded)
_HEAD = regex.compile(words_pattern(WORDS.economy_structure_heads))
#: the end of a sentence before a name
_SENTENCE_END = regex.compile(r"[.!?](?=\s)|\n")
#: a line of one sector and its percentage under a label ("Công nghiệp – 66.8%"), folded
_SECTOR_LINE = regex.compile(rf"[ \t]*(?:[-+•*][ \t]*)?{_SECTORS.pattern}[\d.,]+\s*%[^\n]{{0,40}}")


def structure_share(ctx: Context, draft: Draft) -> bool:
    """True when ``draft``, a percentage that is no change, is named by sectors only and its sentence (or the
    label line over its lines) names the economy's structure before it, no growth between (see the
    module's text)."""
    if draft.unit != "%" or draft.value_changed or draft.name_start is None or not draft.figs:
        return False
    name = fold(draft.name)
    if _SECTORS.fullmatch(name) is None or _INDUSTRY_ALONE.fullmatch(name) is not None:
        return False
    start = draft.name_start
    folded = ctx.folded
    begin = max((m.end() for m in _SENTENCE_END.finditer(folded, max(0, start - 400), start)), default=0)
    head = _last_head(folded, begin, start)
    if head is None and begin > 0 and folded[begin - 1] == "\n":
        head = _label_over(folded, begin - 1)
    return head is not None and not is_growth_name(folded[head:start]) and _only_sectors_between(ctx, head, start)


def _only_sectors_between(ctx: Context, a: int, b: int) -> bool:
    """True when every figure of a statement in [a, b) is a sector's, named by sectors only: another statement
    there ("vốn đầu tư toàn xã hội đạt 5.000 tỷ đồng, trong đó nông nghiệp 20%", "tỷ lệ giải ngân … đạt 92%, riêng
    nông nghiệp 85%") has the sectors after it as its parts, no shares of the economy."""
    for fig in ctx.figures_within(a, b):
        owner = ctx.owner.get(fig.start)
        if owner is not None and _SECTORS.fullmatch(fold(owner.name)) is None:
            return False
    return True


def _last_head(folded: str, a: int, b: int) -> "int | None":
    """The end of the last structure head in ``folded[a:b]``, or None."""
    return max((m.end() for m in _HEAD.finditer(folded, a, b)), default=None)


def _label_over(folded: str, end: int) -> "int | None":
    """The end of the structure head of the label line over the line that starts after ``end`` (a newline),
    over lines of one sector each, or None."""
    for _ in range(12):
        start = folded.rfind("\n", 0, end) + 1
        line = folded[start:end]
        if line.rstrip().endswith(":"):
            m = _HEAD.search(line)
            return start + m.end() if m is not None and m.start() == len(line) - len(line.lstrip()) else None
        if _SECTOR_LINE.fullmatch(line) is None or start == 0:
            return None
        end = start - 1
    return None
