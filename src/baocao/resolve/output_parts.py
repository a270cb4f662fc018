"""A sector's level in a list of production values is that sector's production value, not its share of GRDP.

A sector's bare name with an amount of money (``công nghiệp - xây dựng ước gần 2.000 tỉ đồng``, ``ngành dịch vụ
trên 1.671 tỷ đồng``) matches the sector's value added in GRDP (``grdp_industry``, ``grdp_services``), the reading
of a statistics release (``GRDP … ; khu vực công nghiệp - xây dựng 2.323,2 tỷ đồng``). After a production value of
its paragraph it is that sector's production value: ``Tổng giá trị sản xuất một số ngành chủ yếu ước đạt gần 4.200
tỷ đồng, …. Trong đó, giá trị sản xuất thương mại - dịch vụ ước gần 1.900 tỷ đồng, …; công nghiệp - xây dựng ước
gần 2.000 tỉ đồng`` (a town's report, Báo Tây Ninh), ``tổng giá trị sản xuất đạt trên 7.000 tỷ đồng, …; ngành công
nghiệp xây dựng trên 1.382 tỷ đồng …; ngành dịch vụ trên 1.671 tỷ đồng …`` (a district's council, Gia Lai TV),
``Tổng giá trị sản xuất sản phẩm chủ yếu năm 2017 ước đạt 9.960 tỷ đồng …. Giá trị ngành nông, lâm, ngư nghiệp …
. Ngành công nghiệp, xây dựng ước đạt 1.810 tỷ đồng`` (329): a district has no GRDP of its own, and the parts of a
list share their whole's measure. Such a statement (a level in money) takes the ``output`` key of
``output_parts`` (``data/indicator_keys.yaml``) when the nearest statement before it in its paragraph that is a
keyed level in money is keyed a production value (``output_wholes``, the parts already re-keyed counting); a GRDP
statement there (``grdp``, a sector's GRDP) keeps it, and so does a name that says its value added
(``value_added_words``: ``giá trị tăng thêm ngành …``, ``GRDP khu vực dịch vụ``), its own or that of any
statement between (of any measure: ``Tổng sản phẩm trên địa bàn tăng 7,2%, quy mô đạt 20.000 tỷ đồng; khu vực
dịch vụ 8.000 tỷ đồng``, where the size keys nothing).

Read by :func:`baocao.resolve.indicator` after the other keys are given."""
from __future__ import annotations

from functools import cache
from typing import Sequence, TypeGuard, Union

import regex

from baocao.core.fold import fold
from baocao.resolve._rules import load, words_pattern
from baocao.schema import Indicator, IndicatorSummary

__all__ = ["key_output_parts"]


@cache
def _parts() -> dict[str, str]:
    """``output_parts``: a sector's GRDP key → its production value's key."""
    return {p.sector: p.output for p in load("indicator_keys").output_parts}


@cache
def _wholes() -> frozenset[str]:
    return frozenset(load("indicator_keys").output_wholes)


@cache
def _value_added() -> regex.Pattern[str]:
    return regex.compile(words_pattern(load("indicator_keys").value_added_words), regex.I)


def _money_level(rec: Union[Indicator, IndicatorSummary]) -> TypeGuard[Indicator]:
    return isinstance(rec, Indicator) and rec.unit == "VND" and rec.measure == "level" and rec.source == "prose"


def key_output_parts(original: str, recs: Sequence[Union[Indicator, IndicatorSummary]]
                     ) -> list[Union[Indicator, IndicatorSummary]]:
    """``recs`` (in text order) with the sector parts of a list of production values keyed so (see the module's
    text)."""
    out = list(recs)
    parts = _parts()
    for i, rec in enumerate(out):
        if not _money_level(rec) or rec.key not in parts:
            continue
        if _value_added().search(fold(rec.name or "")):
            continue
        for j in range(i - 1, -1, -1):
            prev = out[j]
            if "\n" in original[prev.end:rec.start]:
                break      # the paragraph's start: nothing before it measures this list
            if isinstance(prev, Indicator) and _value_added().search(fold(prev.name or "")):
                break      # "Tổng sản phẩm trên địa bàn tăng 7,2%, quy mô đạt …; khu vực dịch vụ …": GRDP's parts
            if not _money_level(prev) or prev.key is None:
                continue
            if prev.key in _wholes():
                out[i] = rec.model_copy(update={"key": parts[rec.key]})
            break
    return out
