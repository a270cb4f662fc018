"""The key of a crop's area named by the verb before its figure: "toàn tỉnh gieo trồng được 25.976 ha lúa"
(168 Cao Bằng), "Lúa gieo trồng 889 ha" (261 Lâm Đồng), "đã thu hoạch được 3.049 ha lúa vụ đông xuân" (067
Kon Tum). Such a statement is named by its crop alone ("lúa"; sowing is no part of a name,
``data/indicators.yaml``), which keys nothing: the area is the one the verb says, sown or harvested
(``crop_verbs``), and the statement is keyed as that measure of the crop ("diện tích gieo trồng lúa" →
``rice_planted_area``) when its name holds one of ``crop_words`` and the key's own names hold that crop
(as :func:`baocao.resolve.crops.crop_key` asks), and it lists no crops (``Rau, đậu, hoa``: a group). Only a
figure in ``ha``; the verb must end the text
before the figure, perhaps with "được" or "đạt" after it ("trồng mới được 12 ha": no verb of the list).
"""
from __future__ import annotations

from functools import cache
from typing import Optional

import regex

from baocao.core.fold import fold
from baocao.resolve._rules import load
from baocao.resolve.crops import _as_words, _folded
from baocao.resolve.key_entries import variants_of
from baocao.resolve.keys import match_key

__all__ = ["verb_crop_key"]

# a name listing crops ("Rau, đậu, hoa gieo trồng 6.292 ha", 261) names a group, none of its crops' areas
_GROUP = regex.compile(r",|(?<![\p{L}\p{N}])và(?![\p{L}\p{N}])", regex.I)


@cache
def _rules() -> tuple[dict[str, str], regex.Pattern[str], regex.Pattern[str]]:
    """{folded verb: the measure it names}, the verbs at the end of a figure's folded lead, the crops."""
    words = load("indicators")
    verbs = {_folded(k): v for k, v in words.crop_verbs.items()}
    alts = "|".join(regex.escape(v) for v in sorted(verbs, key=len, reverse=True))
    at_end = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?P<verb>{alts})(?:\s+(?:duoc|dat))?\s*$")
    return verbs, at_end, _as_words(words.crop_words)


def verb_crop_key(name: str, lead: str, unit: Optional[str], measure: Optional[str]) -> Optional[str]:
    """The key of the statement named ``name`` whose figure, in ``unit``, follows the folded ``lead``:
    the area of its crop the verb ending ``lead`` names (see the module's docstring); else None.

    >>> verb_crop_key("lúa", "toan tinh gieo trong duoc ", "ha", "level")
    'rice_planted_area'
    >>> verb_crop_key("lúa vụ đông xuân", "tren dia ban tinh da thu hoach duoc ", "ha", "level")
    'rice_harvest_area'
    >>> verb_crop_key("lúa", "trong moi duoc ", "ha", "level") is None   # newly planted
    True
    >>> verb_crop_key("lúa", "gieo trong ", "tấn", "level") is None      # an output, no area
    True
    >>> verb_crop_key("vụ Hè Thu", "xuong giong ", "ha", "level") is None   # no crop named
    True
    >>> verb_crop_key("Rau, đậu, hoa", "gieo trong ", "ha", "level") is None   # a group of crops
    True
    """
    if unit != "ha" or _GROUP.search(name) is not None:
        return None
    verbs, at_end, crops = _rules()
    said = at_end.search(lead)
    crop = crops.search(name) if said is not None else None
    if said is None or crop is None:
        return None
    key = match_key(f"{verbs[said.group('verb')]} {name}", unit, measure)
    folded = " ".join(fold(crop.group()).split())
    # the key must be the crop's own ("diện tích gieo trồng cây công nghiệp" is no rice area)
    if key is None or not any(f" {folded} " in f" {v} " for v in variants_of(key)):
        return None
    return key
