"""Whose economy a document's figures describe: the country's or a province's.

"Tổng sản phẩm trên địa bàn" (GRDP) is a province's product and "Tổng sản phẩm trong nước" (GDP) the
country's; a sector's growth ("khu vực dịch vụ tăng 6,69%") is the province's in a provincial report
and the country's in news of a national statistics release. A document is *national* when it names
no province (:func:`~baocao.resolve.places.home_province` is None) and names the country's product
(``national_product_words`` of ``data/indicators.yaml``) but no province's
(``regional_product_words``). In a national document a statement's key is its entry's national key
(:func:`~baocao.resolve.keys.national_key`: ``grdp_growth`` → ``gdp_growth``), so a table of keys
never puts the country's growth beside a province's under one name.
"""
from __future__ import annotations

from functools import cache
from typing import Optional

import regex

from baocao.core.fold import fold
from baocao.resolve._rules import load


@cache
def _words(field: str) -> regex.Pattern[str]:
    words = getattr(load("indicators"), field)
    alt = "|".join(regex.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alt})(?![\p{{L}}\p{{N}}])")


@cache
def _as_regional() -> tuple[regex.Pattern[str], dict[str, str]]:
    words = load("indicators").national_product_words
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return (regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?i:{alt})(?![\p{{L}}\p{{N}}])"),
            {w.casefold(): r for w, r in words.items()})


def as_regional(name: str) -> str:
    """``name`` with the country's product written as a province's (``national_product_words``): how a
    name of a national document is matched against the vocabulary, whose entries are the provinces'.

    >>> as_regional("Tốc độ tăng trưởng GDP"), as_regional("Tổng sản phẩm trong nước")
    ('Tốc độ tăng trưởng GRDP', 'tổng sản phẩm trên địa bàn')
    >>> as_regional("khu vực dịch vụ")
    'khu vực dịch vụ'
    """
    pattern, regional = _as_regional()
    return pattern.sub(lambda m: regional[m.group().casefold()], name)


def is_national(folded: str, home: Optional[str]) -> bool:
    """True when a document whose folded text is ``folded`` (``Context.folded``) and whose home
    province is ``home`` (None: it names none) reports on the country's economy.

    >>> is_national(fold("Tổng sản phẩm trong nước (GDP) quý I/2021 ước tính tăng 4,48%."), None)
    True
    >>> is_national(fold("GRDP 6 tháng tăng 6,1%; GDP cả nước tăng 5%."), None)
    False
    >>> is_national(fold("Tổng sản phẩm trong tỉnh (GDP) tăng 7,5%."), "binh thuan")
    False
    >>> is_national(fold("Khu vực dịch vụ tăng 6,2%."), None)
    False
    """
    if home is not None:
        return False
    return (_words("national_product_words").search(folded) is not None
            and _words("regional_product_words").search(folded) is None)
