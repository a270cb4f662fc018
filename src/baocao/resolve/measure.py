"""What kind of quantity an indicator's value is: ``level``, ``growth``, ``share`` or ``rate``.

Decided from the finished statement, in this order (vocabulary in ``data/measures.yaml``):

- no value (an achievement alone: ``giải ngân đạt 41,4% kế hoạch``) → None;
- a value that is not a percentage → ``level``, unless it is a multiple of change
  (``tăng gấp 2,65 lần``), a difference of percentages (``điểm phần trăm``) not named as a rate or a share,
  or a change without a level (``sản lượng chè búp tăng 2,42 tấn``, ``thu
  nhập bình quân đầu người tăng 2,6 triệu đồng``) → ``growth``; a figure after a word that gives the
  level a change reaches (``giảm còn 2.900 hộ``, ``tăng lên 150.000 người``) stays ``level``;
- a percentage named as a share (``tỷ trọng``, ``cơ cấu``) → ``share``;
- a percentage named as a rate (``tỷ lệ hộ nghèo``, ``độ che phủ rừng``; after a share verb too, ``tỷ lệ hộ
  nghèo chiếm 15,46%``) → ``rate``;
- a percentage after a share verb (``Dịch vụ chiếm 38,90%``) → ``share``;
- the level a fall reaches
  (``rate_reached``: ``xã Vĩnh Ô giảm còn 14,1%``; not a growth named, ``tốc độ tăng trưởng giảm còn 5,2%``) → ``rate``;
- a percentage that is a change (a direction word before it, ``tăng 7,61%``; a growth name,
  ``tăng trưởng kinh tế đạt 13,87%``; a growth ranked before what holds the rank, ``tăng trưởng cao nhất là
  khu vực công nghiệp - xây dựng với 7,07%``; a sign, ``GRDP: + 5,16%``; a contribution, ``đóng góp 1,2
  điểm phần trăm``, in points too) → ``growth``; a percentage of an output (``GRDP … đạt 5,74%``,
  ``output_names``) not after ``bằng`` → ``growth``;
- a percentage written before its name, no change, no ratio and not yearly (``100% các xã có đường giao thông được nhựa
  hóa``, ``hằng năm có trên 90% tổ chức cơ sở đảng``: the part of a whole that is so) → ``rate``;
- any other percentage (an index against its base, ``chỉ số giá … bình quân 102,49%``) → ``level``.
"""
from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Optional

import regex

from baocao.core.fold import fold
from baocao.resolve._rules import load, words_pattern

if TYPE_CHECKING:
    from baocao.schema.records import Measure


POINTS = "điểm phần trăm"
"""The unit of a difference of percentages (a contribution to growth, a change of a rate)."""
_SIGN_AT_END = regex.compile(r"\+\s*$")                # "GRDP: + 5,16%": a change written with its sign
_RATIO_AT_END = regex.compile(r"(?<![\p{L}\p{N}])bang\s*$")   # "bằng 95%": a ratio, not a growth


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    r = load("measures")
    out = {k: regex.compile(words_pattern(getattr(r, k))) for k in
           ("share_verbs", "share_names", "rate_names", "growth_names", "output_names")}
    # right before the figure, a word between at most ("đóng góp tăng 0,12%")
    out["growth_leads"] = regex.compile(words_pattern(r.growth_leads) + r"(?:\s+\p{L}+)?\s*$")
    out["level_reached"] = regex.compile(words_pattern(r.level_reached) + r"\s*$")
    out["rate_reached"] = regex.compile(words_pattern(r.rate_reached) + r"\s*$")
    # "Công nghiệp – xây dựng tiếp đà phát triển mạnh mẽ với tốc độ tăng trưởng dự ước đạt 9,9%": the
    # figure is the rate its clause is "with", named by the clause's subject; so is a growth rate its subject
    # reaches ("kinh tế … duy trì tốc độ tăng trưởng bình quân đạt 10,1%/năm": the indicators' rate_verbs)
    verbs = words_pattern(["với", *load("indicators").rate_verbs])
    out["with_growth"] = regex.compile(verbs + r"\s+" + words_pattern(r.growth_names) + r"[^,;:()\d]*$")
    # "tăng trưởng cao nhất là khu vực công nghiệp - xây dựng với 7,07%": a growth ranked (a superlative, then "là"
    # or one of rank_cuts), what holds the rank naming the figure (the name's cut, vocabulary.NAME_CUT)
    ranks = words_pattern(["là", *load("indicators").rank_cuts])
    out["ranked_growth"] = regex.compile(words_pattern(r.growth_names) + r"\s+(?:\p{L}+\s+)?nhat\s+" + ranks
                                         + r"\s+[^,;:()\d]*$")
    return out


def measure_of(name: Optional[str], unit: Optional[str], value: Optional[float], *, lead: str = "",
               changed: bool = False, multiple: bool = False, listed_share: bool = False,
               named_after: bool = False) -> Optional[Measure]:
    """The measure of a statement: its `name`, the `unit` and `value` of its main figure, the text
    right before that figure (`lead`, the verb: ``chiếm``, ``tăng``), whether that figure is a change
    (`changed`: a direction word governs it), whether it is a multiple (``gấp … lần``) and whether it is a
    percentage listed after a share (`listed_share`: ``cơ cấu …: nông nghiệp giảm từ 69,4% xuống còn 59,4%``,
    which the caller makes a share: no rate a fall reaches) and whether its name is the phrase right after it
    (`named_after`: ``100% các xã có đường giao thông được nhựa hóa``, a rate).

    >>> measure_of("Dịch vụ", "%", 38.9, lead="chiếm"), measure_of("GRDP", "%", 7.61, changed=True)
    ('share', 'growth')
    >>> measure_of("Tỷ lệ hộ nghèo", "%", 3.1), measure_of("Thu ngân sách", "VND", 1e12)
    ('rate', 'level')
    >>> measure_of("Chỉ số giá tiêu dùng bình quân", "%", 102.49), measure_of("giải ngân", None, None)
    ('level', None)
    >>> measure_of("sản lượng chè búp", "tấn", 2.42, lead="tang", changed=True)
    'growth'
    >>> measure_of("số hộ nghèo", "hộ", 2900, lead="giam con", changed=True)
    'level'
    >>> measure_of("Số hộ nghèo", "%", 6.62, lead="giam con", changed=True)
    'rate'
    >>> measure_of("Công nghiệp – xây dựng", "%", 9.9, lead="tiep da phat trien voi toc do tang truong dat")
    'growth'
    >>> measure_of("kinh tế", "%", 10.1, lead="kinh te duy tri toc do tang truong binh quan dat ")
    'growth'
    >>> measure_of("khu vực công nghiệp - xây dựng", "%", 7.07, lead="tang truong cao nhat la khu vuc cong nghiep - xay dung voi ")
    'growth'
    """
    if value is None:
        return None
    p = _patterns()
    n, v = fold(name or ""), fold(lead or "")
    if unit != "%":
        if unit == POINTS and (p["growth_leads"].search(v) or not (
                p["rate_names"].search(n) or p["share_names"].search(n))):
            # "đóng góp 1,2 điểm phần trăm": a contribution to growth; a difference of percentages not named as a
            # rate or a share is a growth's ("đóng góp nhiều nhất 3,38 điểm phần trăm", "Tốc độ tăng trưởng GDP …
            # thấp hơn cùng kỳ năm trước 0,29 điểm phần trăm": dev 296, 320, 120)
            return "growth"
        if changed and (multiple or not p["level_reached"].search(v)):
            return "growth"     # "sản lượng chè búp tăng 2,42 tấn": an absolute change
        return "level"
    if p["share_names"].search(n):
        return "share"
    if p["rate_names"].search(n) and not p["growth_names"].search(n):
        return "rate"       # "tỷ lệ hộ nghèo chiếm 15,46%": a rate named, whatever its verb
    if p["share_verbs"].search(v):
        return "share"
    if p["rate_reached"].search(v) and not p["growth_names"].search(n) and not listed_share:
        return "rate"           # "xã Vĩnh Ô giảm còn 14,1%": the rate a fall reaches, not the fall
    if (changed or p["growth_names"].search(n) or p["growth_leads"].search(v) or _SIGN_AT_END.search(v)
            or p["with_growth"].search(v) or p["ranked_growth"].search(v)):
        return "growth"
    if p["output_names"].search(n) and not _RATIO_AT_END.search(v):
        return "growth"         # "GRDP … đạt 5,74%": a percentage of an output is its growth
    if named_after and not changed and not _RATIO_AT_END.search(v):
        return "rate"           # "100% các xã có đường giao thông được nhựa hóa": the part of a whole that is so
    return "level"


def is_rate_or_share(text: str) -> bool:
    """True when `text` names a rate or a share (``tỷ lệ``, ``tỷ trọng``, ``cơ cấu``, ``độ che phủ``)."""
    p = _patterns()
    f = fold(text)
    return bool(p["rate_names"].search(f) or p["share_names"].search(f))


def is_share_name(text: str) -> bool:
    """True when `text` names a share of the economy (``tỷ trọng``, ``cơ cấu``).

    >>> is_share_name("cơ cấu khu vực I-II-III"), is_share_name("tỷ lệ hộ nghèo")
    (True, False)
    """
    return _patterns()["share_names"].search(fold(text)) is not None


def is_contribution(lead: str) -> bool:
    """True when the text right before a value figure makes it a contribution to growth (``đóng góp
    5% vào mức tăng chung``): points of the growth, whatever unit is written.

    >>> is_contribution("đóng góp"), is_contribution("tăng")
    (True, False)
    """
    return _patterns()["growth_leads"].search(fold(lead)) is not None


def is_growth_name(text: str) -> bool:
    """True when `text` names a growth (``tốc độ tăng trưởng kinh tế``; ``growth_names``).

    >>> is_growth_name("Tốc độ tăng trưởng kinh tế"), is_growth_name("Thu ngân sách")
    (True, False)
    """
    return _patterns()["growth_names"].search(fold(text)) is not None
