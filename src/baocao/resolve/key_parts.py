"""The key of a part of a breakdown ("kim ngạch xuất khẩu …. Trong đó, khu vực kinh tế trong nước đạt …")
whose own name keys nothing: :func:`part_key`, moved out of :mod:`baocao.resolve.keys`.

Speed: most parts hold no key's name at all (every word of some name of a key among the whole's and the
part's words), and then no match can pass the check that ends :func:`part_key`; that is tested first, on
the words alone, before any name is matched (the result is the same)."""
from __future__ import annotations

from functools import cache
from typing import Optional

from baocao.resolve.key_names import clean, fillers, without_place
from baocao.resolve.keys import _by_key, entry_of, match_key

__all__ = ["part_key"]


@cache
def _variant_words() -> dict[str, tuple[tuple[frozenset[str], str], ...]]:
    """The words of every name of every key (:func:`baocao.resolve.keys._by_key`) with its key, filed
    under one of its words (the one fewest names hold)."""
    named = list(dict.fromkeys((frozenset(v.split()), e.key) for e in _by_key().values() for v in e.variants))
    held: dict[str, int] = {}
    for words, _ in named:
        for w in words:
            held[w] = held.get(w, 0) + 1
    filed: dict[str, list[tuple[frozenset[str], str]]] = {}
    for words, key in named:
        if words:
            filed.setdefault(min(words, key=lambda w: (held[w], w)), []).append((words, key))
    return {w: tuple(v) for w, v in filed.items()}


def _keys_within(words: set[str]) -> set[str]:
    """The keys some name of which has all its words in ``words``."""
    filed = _variant_words()
    return {key for w in words for v, key in filed.get(w, ()) if v <= words}


def _words(name: str) -> set[str]:
    """The words of ``name`` as the keys compare them, with the words any name may hold."""
    return set(clean(name).split()) | fillers()


def part_key(whole: str, part: str, unit: Optional[str] = None, measure: Optional[str] = None) -> Optional[str]:
    """The key of ``part``, a part of the breakdown of ``whole`` whose own name keys nothing: the key of
    "<whole> của <part>" (the whole without the place it ends on: "giá trị sản xuất công nghiệp tỉnh
    Bắc Giang"), unless that is the whole's own key (a part is never keyed as its whole) or the key of
    a name none of whose names the whole and the part hold every word of (a sector of the value of
    all production is not the sector of its industry, ``production_value_industry_fdi``).

    >>> part_key("kim ngạch xuất khẩu hàng hóa", "khu vực kinh tế trong nước", "USD", "level")
    'export_value_domestic_sector'
    >>> part_key("kim ngạch xuất khẩu hàng hóa", "các mặt hàng khác", "USD", "level") is None
    True
    >>> part_key("giá trị sản xuất công nghiệp tỉnh Bắc Giang", "khu vực kinh tế Nhà nước", "VND", "level")
    'production_value_industry_state'
    >>> part_key("Giá trị sản xuất", "khu vực kinh tế có vốn đầu tư nước ngoài", "VND", "level") is None
    True

    A part named as its whole ("sản lượng" after "sản lượng": of another crop, a label before it says which)
    names nothing of its own: doubled, the name would fit a name it only looks like once folded ("sản lượng
    sản lượng" is no "sản lượng sắn").

    >>> part_key("sản lượng", "sản lượng", "tấn", "level") is None
    True
    """
    if clean(part) == clean(without_place(whole)):
        return None
    # "<whole> của <part>", else "<whole> <part>" ("tổng giá trị sản xuất" and "công nghiệp-xây dựng", 156,
    # whose "của" leaves the whole's own name the best fit)
    own = match_key(whole, unit, measure)
    forms = {named: _words(named) for named in (f"{without_place(whole)} của {part}", f"{without_place(whole)} {part}")}
    if not _keys_within(set().union(*forms.values())) - {own}:
        return None     # no name of another key has all its words here: the check below fails whatever matches
    for named, words in forms.items():
        key = match_key(named, unit, measure)
        if key is not None and key != own:
            break
    else:
        return None
    # every word of one of the key's names is the whole's or the part's: a name of a part of one of
    # the whole's parts ("giá trị sản xuất công nghiệp của khu vực …") is not the whole's part
    # ("Giá trị sản xuất …, trong đó khu vực … ")
    return key if any(set(v.split()) <= words for v in entry_of(key).variants) else None
