"""A unit that says what a generic name measures: a value per hectare ("giá trị sản xuất bình quân gần 148,17
triệu đồng/ha", 286 Tri Tôn portal; "giá trị sản xuất nông nghiệp đến năm 2025 đạt 230 triệu đồng/ha/năm", 157
Báo An Giang; "Giá trị sản phẩm thu hoạch bình quân trên mỗi ha đất trồng trọt năm 2017 là 69,5 triệu
đồng/ha", 250 Phú Thọ) is the value of a hectare's output, whatever its name says of the output: the
name's own key (the production value of agriculture) is of another unit, and so the name keys nothing.
``unit_keys`` of ``data/indicator_keys.yaml``: a statement whose name keys nothing, opens with one of an
entry's ``opens`` words and has none of its ``unless`` words (a finer key the vocabulary lacks, "… trên mỗi
ha mặt nước nuôi trồng thủy sản") and, when it lists ``may_hold``, no word after its opening but those and
fillers (one crop's value per hectare, "giá trị sản xuất cây cà phê", is no output of the land), in the
entry's unit (matched as keys match it: ``VND/ha`` of "triệu đồng/ha/năm" too), takes the entry's key. Read
by :func:`baocao.resolve.indicator` after the keys of the statements before (:mod:`baocao.resolve.key_siblings`)."""
from __future__ import annotations

from functools import cache
from typing import Optional, Sequence, Union

from baocao.resolve._rules import load
from baocao.resolve.key_names import clean, fillers
from baocao.resolve.keys import key_unit
from baocao.schema import Indicator, IndicatorSummary

__all__ = ["key_by_unit"]

_INHERITED = "+inherited_name"  # the rule's ending of a statement named by the one before it


@cache
def _entries() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...], frozenset[str], str], ...]:
    """(unit, opening words, words that keep it out, the only words it may hold after the opening (empty: any),
    key) of every ``unit_keys`` entry, words compared cleaned."""
    return tuple((e.unit, tuple(clean(w) for w in e.opens), tuple(clean(w) for w in e.unless),
                  frozenset(x for w in e.may_hold for x in clean(w).split()), e.key)
                 for e in load("indicator_keys").unit_keys)


def unit_key(name: str, unit: Optional[str], per: Optional[str]) -> Optional[str]:
    """The key ``unit_keys`` gives a name that keys nothing, or None.

    >>> unit_key("giá trị sản xuất bình quân", "VND", "ha"), unit_key("giá trị sản xuất nông nghiệp", "VND", "ha/năm")
    ('output_value_per_ha', 'output_value_per_ha')
    >>> unit_key("giá trị sản xuất bình quân", "VND", None) is None, unit_key("thu nhập", "VND", "ha") is None
    (True, True)
    >>> unit_key("giá trị sản phẩm thu hoạch trên mỗi ha mặt nước nuôi trồng thủy sản", "VND", "ha") is None
    True
    >>> unit_key("giá trị sản xuất cây cà phê", "VND", "ha") is None
    True
    """
    cleaned, at = f" {clean(name)} ", key_unit(unit, per)
    for want, opens, unless, may_hold, key in _entries():
        opening = next((w for w in opens if cleaned.startswith(f" {w} ")), None)
        if at != want or opening is None or any(f" {w} " in cleaned for w in unless):
            continue
        if may_hold and not set(cleaned[len(opening) + 2:].split()) <= may_hold | fillers():
            continue    # "giá trị sản xuất cây cà phê": one crop's value per hectare
        return key
    return None


def key_by_unit(recs: Sequence[Union[Indicator, IndicatorSummary]]) -> list[Union[Indicator, IndicatorSummary]]:
    """``recs`` with the statements that key nothing given the key their unit says (see the module's text)."""
    out = list(recs)
    for i, rec in enumerate(out):
        # a name inherited from the statement before names that one, not this figure ("diện tích 556Km2 với
        # 230km2 là đất sản xuất nông nghiệp", 278): its unit keys nothing
        if (isinstance(rec, Indicator) and rec.key is None and rec.name and rec.measure == "level"
                and not rec.rule.endswith(_INHERITED)):
            key = unit_key(rec.name, rec.unit, rec.per)
            if key is not None:
                out[i] = rec.model_copy(update={"key": key})
    return out
