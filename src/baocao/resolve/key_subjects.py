"""A generic name keyed by the subject of the count before it in its sentence.

``09 dự án có vốn đầu tư nước ngoài (FDI) được … cấp Giấy chứng nhận đăng ký đầu tư với tổng vốn đầu tư
tương đương 52,57 triệu USD`` (144, BQL KKT Hải Phòng), ``108 dự án đầu tư trực tiếp nước ngoài (FDI) đăng ký
cấp mới với tổng số vốn đăng ký đạt 535,6 triệu USD`` (185, Báo Đấu thầu), ``có 500 doanh nghiệp thành lập
mới, tăng 11,6% so với cùng kỳ; tổng vốn đăng ký là 5.125 tỷ đồng`` (033, Báo Gia Lai): the capital's name
says only "capital"; whose capital it is, the count just before says (the FDI projects, the enterprises
founded). ``subject_pairs`` of ``data/indicator_keys.yaml`` pair the count's key and the generic names
(whole names, cleaned) with the key they take; only pairs whose key is in the vocabulary.

A statement whose name keys nothing and is one of a pair's names takes the pair's key when the statement
just before is keyed the pair's ``before``, both are levels, this one is in a unit of the key, and between
them (at most ``GAP`` characters) there is no line break, no sentence's stop and no word of a breakdown,
the gap ending with one of ``subject_links`` ("với", a comma, a semicolon). Not when the count is one of a
list of counts (``369 dự án FDI và 787 dự án trong nước, với tổng vốn đăng ký là 5.415,5 triệu USD và
168.894,4 tỉ đồng``, 279: a capital of each, or of all) nor when a second value follows joined by "và" or
a comma (the capitals of each, respectively), nor when the count's name or its sentence before it holds one of
``subject_stock_words`` (``Tính đến 30/12/2024, toàn tỉnh có 613 dự án có vốn đầu tư nước ngoài đăng ký hoạt
động, với tổng số vốn đăng ký là 8.491,82 triệu USD``, seed report r01: the capital of all the projects in
operation, a stock; the vocabulary's keys are of the period's new ones).

Read by :func:`baocao.resolve.indicator` after the keys of the statements before
(:mod:`baocao.resolve.key_siblings`)."""
from __future__ import annotations

from functools import cache
from typing import Optional, Sequence, Union

import regex

from baocao.resolve._rules import load
from baocao.resolve.key_names import clean
from baocao.resolve.keys import _by_key, key_unit
from baocao.resolve.reach import statement_start
from baocao.schema import Indicator, IndicatorSummary

__all__ = ["key_subjects"]

GAP = 120
"""The most characters between the count's end and the generic name (the count's own noun and verb are there:
110 in 144's)."""

# no line break, no sentence's stop, no word of a breakdown or a list between the count and the name
_STOP = regex.compile(r"\n|[.!?](?:\s|$)|(?<!\w)(?:trong đó|gồm|như|và)(?!\w)", regex.I)
# a second value joined to this one: the values of each, respectively
# the end of a sentence or of a list's item (between two counts of one list there is none)
_ITEM_STOP = regex.compile(r"\n|[.!?;](?:\s|$)")
_RESPECTIVE = regex.compile(r"\s*(?:và|,)\s*", regex.I)


@cache
def _pairs() -> dict[tuple[str, str], str]:
    """(the count's key, a generic name cleaned) → the key the name takes."""
    keys = _by_key()
    return {(e.before, clean(n)): e.key for e in load("indicator_keys").subject_pairs for n in e.names
            if e.key in keys}


@cache
def _link() -> regex.Pattern[str]:
    """A gap's end: one of ``subject_links``, then spaces."""
    links = sorted(load("indicator_keys").subject_links, key=len, reverse=True)
    words = [(r"(?<!\w)" if w[0].isalnum() else "") + regex.escape(w) for w in links]
    return regex.compile(rf"(?:{'|'.join(words)})\s*$", regex.I)


@cache
def _stock() -> regex.Pattern[str]:
    """One of ``subject_stock_words``, as a word."""
    words = sorted((regex.escape(w) for w in load("indicator_keys").subject_stock_words), key=len, reverse=True)
    return regex.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", regex.I)


def _is_stock(original: str, count: Indicator) -> bool:
    """The count's name or its sentence up to its end says it is a stock (see the module's text)."""
    stop = max(original.rfind(c, 0, statement_start(count)) for c in ".!?\n;")
    return bool(_stock().search(count.name or "") or _stock().search(original, stop + 1, count.end))


def subject_key(original: str, recs: Sequence[Union[Indicator, IndicatorSummary]], i: int) -> Optional[str]:
    """The key the count before ``recs[i]`` gives its generic name (see the module's text), or None."""
    rec, prev = recs[i], recs[i - 1] if i > 0 else None
    if not isinstance(rec, Indicator) or not isinstance(prev, Indicator) or prev.key is None:
        return None
    key = _pairs().get((prev.key, clean(rec.name or "")))
    if key is None or rec.measure != "level" or prev.measure != "level":
        return None
    units = _by_key()[key].units
    if units is not None and key_unit(rec.unit, rec.per) not in units:
        return None
    gap = original[prev.end:statement_start(rec)]
    if len(gap) > GAP or _STOP.search(gap) or not _link().search(gap):
        return None
    before = recs[i - 2] if i > 1 else None     # "369 dự án FDI và 787 dự án trong nước, với …": a list of counts
    if isinstance(before, Indicator) and before.unit == prev.unit and before.end <= statement_start(prev) \
            and statement_start(prev) - before.end <= GAP \
            and _ITEM_STOP.search(original, before.end, statement_start(prev)) is None:
        return None
    if _is_stock(original, prev):
        return None
    after = recs[i + 1] if i + 1 < len(recs) else None    # "… là 5.415,5 triệu USD và 168.894,4 tỉ đồng"
    if isinstance(after, Indicator) and _RESPECTIVE.fullmatch(original, rec.end, statement_start(after)):
        return None
    return key


def key_subjects(original: str, recs: Sequence[Union[Indicator, IndicatorSummary]]
                 ) -> list[Union[Indicator, IndicatorSummary]]:
    """``recs`` (in text order) with the generic names keyed by the count before them (see the module's text)."""
    out = list(recs)
    for i, rec in enumerate(out):
        if isinstance(rec, Indicator) and rec.key is None and rec.name:
            key = subject_key(original, out, i)
            if key is not None:
                out[i] = rec.model_copy(update={"key": key})
    return out
