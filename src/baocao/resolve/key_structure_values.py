"""A share named by a sector's value, in a sentence on the economy's structure, is the sector's share of the
economy.

The sector shares of ``data/indicator_keys.yaml`` (``economic_structure_agriculture``, …) exclude ``giá trị``:
a share of a production value ("giá trị sản xuất nông, lâm nghiệp chiếm 40% giá trị sản xuất toàn ngành") is no
share of the economy, and :func:`~baocao.resolve.keys.match_key` gives it no key. Where the sentence speaks of the
structure (``structure_value_words``: ``cơ cấu``) the value names the sector's part of it: ``giá trị công nghiệp -
xây dựng chiếm 34,4% trong cơ cấu GDP`` (379 phuyen.vietccr), ``…; cơ cấu: giá trị sản xuất ngành nông-lâm-ngư
nghiệp 42,77%`` (263 Ninh Phước's portal), ``Cơ cấu kinh tế dịch chuyển đúng hướng, trong đó, tỷ trọng giá sản
xuất nông, lâm nghiệp-thủy sản chiếm 9,05%`` (218 Báo Gia Lai). A statement that keys nothing, measured as a share
in ``%``, whose name opens with one of ``structure_value_heads`` takes the key of the rest of its name as a share
when that key is a sector's share of the economy (``economic_structure_…``) and its clause (its sentence, not past a
semicolon) holds a structure word and none of ``structure_value_vetoes`` (``cơ cấu lao động``: labour's structure),
and the figure is not followed by its whole written as a production value (``structure_value_wholes``: ``chiếm 45,2%
tổng giá trị sản xuất toàn huyện``). Read by
:func:`baocao.resolve.indicator` after the other keys are given."""
from __future__ import annotations

from functools import cache
from typing import Optional, Sequence, Union

import regex

from baocao.core.fold import fold, fold_aligned
from baocao.core.rules import compile_at
from baocao.resolve._rules import load, words_pattern
from baocao.resolve.keys import match_key
from baocao.resolve.reach import sentence_end_within, sentence_start_within, statement_start
from baocao.schema import Indicator, IndicatorSummary

__all__ = ["key_structure_values", "structure_value_key"]

REACH = 400
"""How far a statement's sentence is read back and on (characters)."""
_STRUCTURE = "economic_structure_"  # the keys of the sectors' shares of the economy


@cache
def _heads() -> regex.Pattern[str]:
    return regex.compile(r"\s*" + words_pattern(load("indicator_keys").structure_value_heads) + r"\s+")


@cache
def _structure() -> regex.Pattern[str]:
    return regex.compile(words_pattern(load("indicator_keys").structure_value_words))


@cache
def _vetoes() -> regex.Pattern[str]:
    return regex.compile(words_pattern(load("indicator_keys").structure_value_vetoes))


@cache
def _whole_after() -> regex.Pattern[str]:
    return compile_at(r"[^\S\n]*" + words_pattern(load("indicator_keys").structure_value_wholes))


def structure_value_key(name: str) -> Optional[str]:
    """The sector's share of the economy a share named ``name`` is, when it opens with a sector's value and
    the rest keys so; else None (the sentence is not read here).

    >>> structure_value_key("giá trị công nghiệp - xây dựng"), structure_value_key("tỷ trọng giá trị sản xuất ngành dịch vụ")
    ('economic_structure_industry', 'economic_structure_services')
    >>> structure_value_key("giá trị sản xuất trồng trọt") is None, structure_value_key("công nghiệp") is None
    (True, True)
    """
    m = _heads().match(fold_aligned(name))     # an offset in the fold is one in the name
    if m is None:
        return None
    key = match_key(name[m.end():], "%", "share")
    return key if key is not None and key.startswith(_STRUCTURE) else None


def key_structure_values(original: str, recs: Sequence[Union[Indicator, IndicatorSummary]]
                         ) -> list[Union[Indicator, IndicatorSummary]]:
    """``recs`` with the shares named by a sector's value in a sentence on the structure keyed as the sector's
    share of the economy (see the module's text)."""
    out = list(recs)
    for i, rec in enumerate(out):
        if not (isinstance(rec, Indicator) and rec.key is None and rec.name and rec.measure == "share"
                and rec.unit == "%"):
            continue
        key = structure_value_key(rec.name)
        if key is None:
            continue
        if _whole_after().match(fold(original[rec.end:rec.end + 40])):
            continue        # "chiếm 45,2% tổng giá trị sản xuất …": a production value's share
        at = statement_start(rec)
        a, b = sentence_start_within(original, at, REACH), sentence_end_within(original, rec.end, REACH)
        # the statement's clause: its sentence, not past a semicolon ("…; cơ cấu cây trồng chuyển dịch")
        semicolon_before, semicolon_after = original.rfind(";", a, at), original.find(";", rec.end, b)
        a, b = max(a, semicolon_before + 1), semicolon_after if semicolon_after >= 0 else b
        clause = fold(original[a:b])
        if _structure().search(clause) is not None and _vetoes().search(clause) is None:
            out[i] = rec.model_copy(update={"key": key})
    return out
