"""What a statement's figure, beyond its name, tells the key it is matched for.

- An index of the level. A percentage read as a growth without a change written before it (a
  percentage of an output, ``GRDP của Hậu Giang ước cả năm 2022 đạt 113,94%``; a part of a growth's
  breakdown, ``…; ngành khai khoáng bằng 91,2%``) that is ``INDEX_FLOOR`` or more is the level of
  the period against its base's (100): 113,94 is a rise of 13,94%, 91,2 a fall of 8,8%. No growth
  key takes it (its value would be read as a growth of 113,94%): it is matched as the level it is
  (``chỉ số sản xuất công nghiệp đạt 109%`` → ``iip_index``), and where no entry keys such a level
  it gets no key. Not when a direction word or sign governs it (``tăng 67,31%``), when its name says
  a change (``tăng``: ``tốc độ tăng trưởng``, ``mức tăng``), nor for a contribution to growth (its
  unit is then ``điểm phần trăm``).
- An amount added. ``thêm`` right before a count (``công nhận thêm 42 sản phẩm OCOP``, ``có thêm 5
  xã đạt chuẩn``) says it is what the level rose by, as when the name holds it (``thêm xã đạt
  chuẩn nông thôn mới``): the key is matched for the name with ``thêm`` (:mod:`baocao.resolve.keys`
  gives it only an entry for such an amount).
- A count received. A count named only by what it counts (``lượt khách``) right after a verb of
  receiving (``ước đón 59 ngàn lượt khách``, ``thu hút 2.970,8 nghìn lượt khách``) is matched again,
  when the name alone keys nothing, with the verb before it (``đón lượt khách``): the tourism
  paragraphs' count of visits, which an entry lists only whole (the count of a part, ``lượt khách
  Trung Quốc``, or the base of a comparison, ``(3.718 lượt khách)``, is no such count).
"""
from __future__ import annotations

from typing import Optional

import regex

from baocao.core.fold import fold
from baocao.resolve.vocabulary import exact_words

__all__ = ["index_measure", "with_added", "with_received"]

INDEX_FLOOR = 80.0   # a growth of -20% or less, or of 80% or more, is seldom written without a direction word
# "tăng trưởng", "tốc độ tăng", on the lower-cased name with its diacritics: not "hạ tầng", "quà tặng"
_CHANGE_NAME = regex.compile(exact_words(["tăng"]))
_SIGN_AT_END = regex.compile(r"\+\s*$")                                   # "GRDP: + 5,16%"
_ADDED_AT_END = regex.compile(r"(?<![\p{L}\p{N}])them(?:\s+duoc)?\s*$")  # "công nhận thêm", "có thêm được"
_ADDED = regex.compile(r"(?<![\p{L}\p{N}])them(?![\p{L}\p{N}])")
# "ước đón", "đã thu hút", "tiếp đón được" right before the figure (folded)
_RECEIVED_AT_END = regex.compile(r"(?<![\p{L}\p{N}])(?P<verb>don|thu hut)(?:\s+duoc)?\s*$")


def index_measure(name: Optional[str], unit: Optional[str], value: Optional[float], measure: Optional[str],
                  *, changed: bool = False, lead: str = "") -> Optional[str]:
    """The measure a statement's key is matched for: ``level`` for an index of the level read as a
    growth (see the module's docstring), else ``measure``. ``lead`` is the folded text right before
    the figure, ``changed`` whether a direction word governs it.

    >>> index_measure("GRDP", "%", 113.94, "growth"), index_measure("ngành khai khoáng", "%", 91.2, "growth")
    ('level', 'level')
    >>> index_measure("GRDP", "%", 5.74, "growth"), index_measure("Ngành Khai khoáng", "%", 67.31, "growth", changed=True)
    ('growth', 'growth')
    >>> index_measure("tốc độ tăng trưởng kinh tế", "%", 120.0, "growth"), index_measure("GRDP", "%", 113.94, "share")
    ('growth', 'share')
    """
    if (measure != "growth" or unit != "%" or value is None or changed or value < INDEX_FLOOR
            or _SIGN_AT_END.search(lead) is not None or _CHANGE_NAME.search((name or "").lower()) is not None):
        return measure
    return "level"


def with_added(name: str, lead: str) -> str:
    """``name`` with ``thêm`` before it when the folded ``lead`` ends with it and the name does not
    hold it: what the key is matched for (see the module's docstring).

    >>> with_added("sản phẩm OCOP", "cong nhan them "), with_added("sản phẩm OCOP", "cong nhan ")
    ('thêm sản phẩm OCOP', 'sản phẩm OCOP')
    >>> with_added("thêm xã đạt chuẩn nông thôn mới", "phan dau co them ")
    'thêm xã đạt chuẩn nông thôn mới'
    """
    if _ADDED_AT_END.search(lead) is None or _ADDED.search(fold(name)) is not None:
        return name
    return f"thêm {name}"


def with_received(name: str, lead: str) -> str:
    """``name`` with the verb of receiving the folded ``lead`` ends with before it (``đón``, ``thu
    hút``), else ``name``: what the key of a count received is matched for (see the module's docstring).

    >>> with_received("lượt khách", "nganh du lich dak lak uoc don "), with_received("lượt khách", "nam 2017 (")
    ('don lượt khách', 'lượt khách')
    """
    received = _RECEIVED_AT_END.search(lead)
    return name if received is None else f"{received.group('verb')} {name}"
