"""Names of no subject: "tốc độ tăng trưởng" (``subjectless_names`` of ``data/indicator_keys.yaml``) says
what is measured, not of what. Written as the first statement of its sentence it is the growth of the place
the report is about, the economy's ("tốc độ tăng trưởng của huyện Nghĩa Đàn ước đạt 10,52%", "Nền kinh tế
của huyện phát triển khá nhanh với tốc độ tăng trưởng bình quân khoảng 9,01%/năm"), and keeps the key its
entry's whole name gives it (``grdp_growth``). After another statement of its sentence ("Giá trị xuất khẩu
… đạt 753,8 nghìn USD, tốc độ tăng trưởng … bình quân 5,76%/năm") it is the growth of that one, and in a
table (a row under a group's row) the growth of the group: there it gets no key, a missing key being better
than a wrong one; and so after a label that ends with a colon before it in its sentence ("- Nông nghiệp:
tốc độ tăng trưởng đạt 3,5%", "Khu vực công nghiệp - xây dựng: tốc độ tăng trưởng …"): the label names whose
growth it is. Even first in its sentence it is the economy's only when something says so: a word of the
economy (``subjectless_economy_words``) in its sentence up to its figure ("kinh tế tiếp tục phát triển khá,
tốc độ tăng trưởng đạt 6,93%"), or in the sentence before when that one holds no statement ("… dẫn đầu cả
nước về tăng trưởng kinh tế. Theo Quy hoạch tỉnh …, tốc độ tăng trưởng bình quân …"), or the place's words
(``subjectless_place_words``) from its name to its figure ("tốc độ tăng trưởng trung bình của tỉnh đạt
8,75%"), but not where a sector (``subjectless_sector_words``) is named before it in its sentence ("Ngành thủy
sản chiếm tỷ trọng lớn trong GRDP …, tốc độ tăng trưởng …"); else ("Về nông nghiệp, tốc độ tăng trưởng đạt 3,5%", "Sản xuất công nghiệp có bước phát triển, tốc
độ tăng trưởng …", under a sector's heading, after a statement in the sentence before) no key. Read by
:func:`baocao.resolve.indicator` after the statements are built."""
from __future__ import annotations

from functools import cache
from typing import Sequence, Union

import regex

from baocao.resolve._rules import load
from baocao.resolve.key_names import clean
from baocao.resolve.reach import sentence_start_within, statement_start
from baocao.schema import Indicator, IndicatorSummary

__all__ = ["drop_bare_keys", "is_subjectless"]

REACH = 400
"""How far back the start of a statement's sentence is looked for (characters)."""


@cache
def _names() -> frozenset[str]:
    return frozenset(clean(n) for n in load("indicator_keys").subjectless_names)


@cache
def _words(field: str) -> regex.Pattern[str]:
    """One of the words of the ``field`` list of ``data/indicator_keys.yaml``, as whole words, any case."""
    words = sorted((regex.escape(w) for w in getattr(load("indicator_keys"), field)), key=len, reverse=True)
    return regex.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", regex.I)


def is_subjectless(name: str) -> bool:
    """The name, compared as keys compare names (its place left out), is one of ``subjectless_names``.

    >>> is_subjectless("Tốc độ tăng trưởng bình quân"), is_subjectless("tốc độ tăng trưởng của huyện Nghĩa Đàn")
    (True, True)
    >>> is_subjectless("tốc độ tăng trưởng kinh tế"), is_subjectless("tốc độ tăng trưởng của ngành dệt may")
    (False, False)
    """
    return clean(name) in _names()


def _of_the_economy(original: str, recs: Sequence[Union[Indicator, IndicatorSummary]], rec: Indicator,
                    start: int, at: int) -> bool:
    """Something says the growth named at ``at`` (its sentence starting at ``start``) is the economy's (see the
    module's text)."""
    economy, fig = _words("subjectless_economy_words"), min((a for a, _ in rec.figures), default=rec.end)
    if _words("subjectless_place_words").search(original, at, fig):
        return True
    if _words("subjectless_sector_words").search(original, start, at):
        return False    # "Sản xuất nông nghiệp …, cơ cấu kinh tế nông nghiệp …, tốc độ tăng trưởng đạt 3,5%": the sector's
    if economy.search(original, start, fig):
        return True
    end = start
    while end > 0 and original[end - 1].isspace():
        end -= 1
    if end == 0:
        return False
    before = sentence_start_within(original, end - 1, REACH)
    return (economy.search(original, before, end) is not None
            and not any(isinstance(r, Indicator) and r.end > before and r.start < end for r in recs))


def drop_bare_keys(original: str, recs: Sequence[Union[Indicator, IndicatorSummary]]
                   ) -> list[Union[Indicator, IndicatorSummary]]:
    """``recs`` (in text order) with the key taken off a statement named only by a subjectless name that
    is not the first statement of its sentence, follows a colon in it, stands in a table, or whose
    surroundings do not say it is the economy's (see the module's text)."""
    out = list(recs)
    for i, rec in enumerate(out):
        if not isinstance(rec, Indicator) or rec.key is None or not is_subjectless(rec.name or ""):
            continue
        at = statement_start(rec)
        start = sentence_start_within(original, at, REACH)
        if (rec.source == "table" or ":" in original[start:at]
                or any(isinstance(r, Indicator) and r.end > start and r.start < at for r in out[:i])
                or not _of_the_economy(original, out, rec, start, at)):
            out[i] = rec.model_copy(update={"key": None})
    return out
