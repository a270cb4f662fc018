"""A crop season that dates the crop figures after it in its section, past its own paragraph.

A report's agricultural section names the season once, in a label, a heading or a first paragraph, and
then gives the crops' figures in paragraphs of their own (261 " Vụ đông xuân" / "Lúa gieo trồng 889 ha,
…" / "Ngô gieo trồng 81 ha, …"; 234 "Dự ước diện tích vụ Hè Thu năm 2016 …" / "- Cây lúa: Cây lúa thực
hiện 24.203 ha"; 107 "… thu hoạch cây hàng năm vụ đông xuân 2016-2017 đạt 47.124 ha …" / "Qua thu hoạch
cho thấy năng suất lúa bình quân toàn tỉnh ước đạt 61,9 tạ/ha"). Such a figure, dated only by the report
(its document's or section's period, a part of a year), holds for the season, as one in the season's own
paragraph does (docs/records.md, *Seasons*).

The season reaches a statement when it is the last season word (``season_words``) before its figure in
its section, within :data:`REACH` characters, every line from the season's to the statement's names a
season or a crop grown by season (``season_crop_words``: ``lúa``, ``ngô``, ``rau``, a sowing: ``gieo
trồng``; not a perennial crop, ``hồ tiêu``, ``cà phê``), and the statement's own sentence names one before
its figure. The season's period: the year or years written after its word (``vụ đông xuân 2016-2017`` →
``2016-2017``); with none, the report's year where the report is on a month (``tháng 8 năm 2016`` →
``2016``), and nothing where it is on several months or a quarter (a half-year report's ``Vụ đông xuân``
is read as the season by one gold document and as the half-year by another: the contract keeps the
report's period).
"""
from __future__ import annotations

from typing import Optional

import regex

from baocao.resolve.context import Context
from baocao.resolve.reach import last_after, line_start_within
from baocao.resolve.vocabulary import SEASON, SEASON_YEAR, THIS_MONTH, TO_DATE, WORDS, exact_words

#: How far before a statement's first figure its season may be named (characters of its section).
REACH = 1500
#: A report's period that is a part of one year: a month, the months of a span inside it, a quarter.
PART_OF_YEAR = regex.compile(r"(\d{4})-(?:Q[1-4]|(\d{2})(?:/\1-\d{2})?)")
#: The report's period that is one month: a season with no year written takes that month's year.
ONE_MONTH = regex.compile(r"(\d{4})-\d{2}")
#: A crop grown by season, or a sowing, as written (lower-cased clean text).
SEASON_CROP = regex.compile(exact_words(WORDS.season_crop_words))


def _season_before(ctx: Context, pos: int) -> Optional[regex.Match[str]]:
    """The last season word before `pos` in its section, within :data:`REACH`, when every line from it
    to `pos` names a season or a season's crop; None otherwise."""
    text = ctx.lower
    section = ctx.section_of(pos)
    last = None
    for last in SEASON.finditer(text, max(0, pos - REACH), pos):
        pass
    if last is None or ctx.section_of(last.start()) != section:
        return None
    line = line_start_within(text, pos, REACH)
    while line > last.start():
        prev = text.rfind("\n", 0, line - 1) + 1
        body = text[prev:line - 1]
        if body.strip() and SEASON.search(body) is None and SEASON_CROP.search(body) is None:
            return None     # a line on something else ends the season's reach ("Chăn nuôi: …")
        line = prev
    return last


def season_of_run(ctx: Context, pos: int, period: Optional[str], source: Optional[str]) -> Optional[str]:
    """The period of a crop figure at clean offset `pos` dated `period` by the report (`source`
    ``document`` or ``section``), a part of a year, when a season named before it in its section reaches
    it (:func:`_season_before`): the season's written years, else the month's year; `period` otherwise.

    >>> from baocao.resolve.context import Context
    >>> t = "Vụ đông xuân\\n\\nLúa gieo trồng 889 ha.\\n\\nNgô gieo trồng 81 ha."
    >>> ctx = Context.create(t, [], section_of=lambda pos: "a", line_end=len)
    >>> season_of_run(ctx, t.index("81 ha"), "2017-08", "document")
    '2017'
    >>> season_of_run(ctx, t.index("81 ha"), "2017-01/2017-06", "document")
    '2017-01/2017-06'
    >>> t = "Vụ đông xuân 2016-2017 thu hoạch 47.124 ha.\\nNăng suất lúa ước đạt 61,9 tạ/ha."
    >>> ctx = Context.create(t, [], section_of=lambda pos: "a", line_end=len)
    >>> season_of_run(ctx, t.index("61,9"), "2017-01/2017-06", "document")
    '2016-2017'
    """
    if period is None or source not in ("document", "section") or PART_OF_YEAR.fullmatch(period) is None:
        return period
    text = ctx.lower
    sentence = last_after(text, ". ", line_start_within(text, pos, REACH), pos)
    if THIS_MONTH.search(text, sentence, pos) or TO_DATE.search(text, sentence, pos) or (
            SEASON_CROP.search(text, sentence, pos) is None
            and SEASON.search(text, sentence, pos) is None):
        return period
    season = _season_before(ctx, pos)
    if season is None:
        return period
    written = SEASON_YEAR.match(text, season.end())
    if written is not None:
        return "-".join(y for y in written.groups() if y)
    month = ONE_MONTH.fullmatch(period)
    return month.group(1) if month is not None else period
