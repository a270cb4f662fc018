"""Names of no subject: "tốc độ tăng trưởng" (``subjectless_names`` of ``data/indicator_keys.yaml``) says
what is measured, not of what. Written as the first statement of its sentence it is the growth of the place
the report is about, the economy's ("tốc độ tăng trưởng của huyện Nghĩa Đàn ước đạt 10,52%", "Nền kinh tế
của huyện phát triển khá nhanh với tốc độ tăng trưởng bình quân khoảng 9,01%/năm"), and keeps the key its
entry's whole name gives it (``grdp_growth``). After another statement of its sentence ("Giá trị xuất khẩu
… đạt 753,8 nghìn USD, tốc độ tăng trưởng … bình quân 5,76%/năm") it is the growth of that one, and in a
table (a row under a group's row) the growth of the group: there it gets no key, a missing key being better
than a wrong one; and so after a label that ends with a colon before it in its sentence ("- Nông nghiệp:
tốc độ tăng trưởng đạt 3,5%", "Khu vực công nghiệp - xây dựng: tốc độ tăng trưởng …"): the label names whose
growth it is. Read by :func:`baocao.resolve.indicator` after the statements are built."""
from __future__ import annotations

from functools import cache
from typing import Sequence, Union

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


def is_subjectless(name: str) -> bool:
    """The name, compared as keys compare names (its place left out), is one of ``subjectless_names``.

    >>> is_subjectless("Tốc độ tăng trưởng bình quân"), is_subjectless("tốc độ tăng trưởng của huyện Nghĩa Đàn")
    (True, True)
    >>> is_subjectless("tốc độ tăng trưởng kinh tế"), is_subjectless("tốc độ tăng trưởng của ngành dệt may")
    (False, False)
    """
    return clean(name) in _names()


def drop_bare_keys(original: str, recs: Sequence[Union[Indicator, IndicatorSummary]]
                   ) -> list[Union[Indicator, IndicatorSummary]]:
    """``recs`` (in text order) with the key taken off a statement named only by a subjectless name that
    is not the first statement of its sentence, follows a colon in it, or stands in a table (see the
    module's text)."""
    out = list(recs)
    for i, rec in enumerate(out):
        if not isinstance(rec, Indicator) or rec.key is None or not is_subjectless(rec.name or ""):
            continue
        at = statement_start(rec)
        start = sentence_start_within(original, at, REACH)
        if (rec.source == "table" or ":" in original[start:at]
                or any(isinstance(r, Indicator) and r.end > start and r.start < at for r in out[:i])):
            out[i] = rec.model_copy(update={"key": None})
    return out
