"""A figure named only by what it counts keeps its key only where its clause says nothing else of it.

A statement whose whole name is its unit ("đảng viên" for "900 đảng viên") is named by what it counts,
not by what is measured: "đại diện cho 2.631 đảng viên" is the membership (``party_members``), but
"đã thi hành kỷ luật 42 tổ chức và 900 đảng viên", "Huyện ủy đã tiến hành 20 cuộc kiểm tra với 20 tổ
chức đảng, 05 đảng viên", "xoá tên 41.854 đảng viên" count those an action touched. Such a statement
loses the key its name got when its clause, read back from the figure to the sentence's start or the
last ";" (at most :data:`WINDOW` characters), holds a word the key's entry excludes (its ``exclude``
in ``data/indicator_keys.yaml``: "kiểm tra", "kỷ luật", "khai trừ" for ``party_members``): a missing key
is better than a wrong one.

The same holds for a part of a list whose lead says what the parts measure: "tỷ trọng lao động có
việc làm trong nền kinh tế: Nông, lâm nghiệp và thủy sản chiếm 15,73%; …" lists the employed by sector,
not the economy's structure; "Dư nợ cho vay … như sau: nông nghiệp, nông thôn 111.950 tỷ đồng; xuất
khẩu 1.570 tỷ đồng" loans, not exports. A part whose lead (the words of its sentence before the last
``:`` before its name, within :data:`WINDOW`; and the sentence before, within :data:`WINDOW` of it, where
the lead only says how it divides, "Chia theo lĩnh vực như sau:") holds a word its key's entry lists in
``not_under`` loses the key (:func:`lead_says_otherwise`).
"""
from __future__ import annotations

from functools import cache
from typing import Optional

import regex

from baocao.core.rules import compile_at
from baocao.core.fold import fold
from baocao.resolve._rules import load
from baocao.resolve.key_entries import excludes, share_only, under_another
from baocao.resolve.reach import last_after, sentence_start_within

WINDOW = 200
"""How far before its figure a clause is read (characters)."""
# a sentence's end before a list's lead: a stop before a space, or an empty line (a PDF's text layer
# breaks a sentence's lines: "… trong nền kinh tế: Nông,\nlâm nghiệp …;\nDịch vụ chiếm 40,44%")
_SENTENCE_STOP_BEFORE = regex.compile(r"(?r)[.!?](?=\s)|\n[ \t]*\n")
# a percentage figure, as written ("27%", "3,5 %")
_PERCENT = compile_at(r"[\d.,]+[ \t]*%[ \t]*")
# the aggregate after a percentage ends its clause ("27% GDP.", "12% GRDP của tỉnh"), no name opening after
# it ("tăng 7,2% GRDP bình quân đầu người …", a stop left out)
_CLAUSE_END = regex.compile(r"[ \t]*(?:[.,;:()\n]|$|(?i:của|cả nước|toàn quốc|theo)(?![\p{L}\p{N}]))")
# a lead that names nothing but how the list divides what the sentence before named ("Chia theo lĩnh vực như
# sau:", "Phân theo khu vực kinh tế:", "Cụ thể:"), compared folded
_BARE_LEAD = regex.compile(r"^\s*(?:chia theo|phan theo|phan chia theo|cu the|chi tiet)\b|\bnhu sau\s*$")


def counted_only(name: str, unit: Optional[str]) -> bool:
    """The name is only what its figure counts: its unit, compared folded.

    >>> counted_only("Đảng viên", "đảng viên"), counted_only("số đảng viên", "đảng viên")
    (True, False)
    """
    return unit is not None and " ".join(fold(name).split()) == " ".join(fold(unit).split())


def clause_says_otherwise(text: str, at: int, name: str, unit: Optional[str], key: Optional[str]) -> bool:
    """True when the statement named ``name`` (only what is counted) whose figure starts at offset
    ``at`` of ``text`` got ``key`` and its clause before the figure holds a word the key's entry excludes;
    or when its figure is a percentage of the economy's product (``ratio_words``: "đã đạt 27% GDP") and
    ``key`` is no share of it (a sector's "chiếm tỷ trọng 13,55% GDP" keeps its structure key).

    >>> t = "Đã thi hành kỷ luật 42 tổ chức và 900 đảng viên."
    >>> clause_says_otherwise(t, t.index("900"), "đảng viên", "đảng viên", "party_members")
    True
    >>> t = "Đại hội có 250 đại biểu đại diện cho 2.631 đảng viên; đã kiểm tra 20 tổ chức."
    >>> clause_says_otherwise(t, t.index("2.631"), "đảng viên", "đảng viên", "party_members")
    False
    >>> t = "Tích lũy nội bộ của nền kinh tế đến năm 2000 đã đạt 27% GDP."   # a ratio to GDP
    >>> clause_says_otherwise(t, t.index("27%"), "GDP", "%", "gdp_growth")
    True
    >>> t = "Năm 2020, thu ngân sách đạt 12% GRDP."
    >>> clause_says_otherwise(t, t.index("12%"), "thu ngân sách", "%", "budget_revenue")
    True
    >>> t = "GDP năm 2000 tăng 27% so với năm 1990."
    >>> clause_says_otherwise(t, t.index("27%"), "GDP", "%", "gdp_growth")
    False
    """
    if key is not None and unit == "%" and _percent_of(text, at) and not share_only(key):
        return True
    if key is None or not counted_only(name, unit):
        return False
    start = last_after(text, ";", sentence_start_within(text, at, WINDOW), at)
    return excludes(key, text[start:at], qualifiers=False)


def _percent_of(text: str, at: int) -> bool:
    """The percentage whose figure starts at offset ``at`` of ``text`` is followed by one of
    ``ratio_words`` ending its clause ("đã đạt 27% GDP.", r04; "bằng 12% GRDP của tỉnh"): a ratio to
    that aggregate. (A percentage followed by other words is the share of what they name: "98% số hộ
    nông thôn được sử dụng nước hợp vệ sinh", the rate its name keys.)"""
    m = _PERCENT.match(text, at, min(len(text), at + 20))
    return m is not None and _ratio_words().match(text, m.end(), min(len(text), m.end() + 40)) is not None


@cache
def _ratio_words() -> regex.Pattern[str]:
    """``ratio_words`` as whole words, in any case."""
    words = sorted(load("indicator_keys").ratio_words, key=len, reverse=True)
    return regex.compile(r"(?i:" + "|".join(regex.escape(w) for w in words) + r")(?=" + _CLAUSE_END.pattern + ")")


def lead_says_otherwise(text: str, at: int, key: Optional[str], whole: Optional[str] = None) -> bool:
    """True when the statement whose name (or figure) starts at offset ``at`` of ``text`` got ``key``
    and stands in a list whose lead, before the ``:`` that opens it, says its parts are not the key's;
    or in the breakdown of a statement (named ``whole``) whose name says so ("Dư nợ tín dụng trong các
    lĩnh vực được ưu tiên đạt 168.500 tỷ đồng. Chia theo lĩnh vực như sau: …; xuất khẩu 1.570 tỷ đồng").

    >>> t = "Năm 2030, tỷ trọng lao động trong nền kinh tế: Nông, lâm nghiệp và thủy sản chiếm 15,73%."
    >>> lead_says_otherwise(t, t.index("Nông"), "economic_structure_agriculture")
    True
    >>> t = "Cơ cấu kinh tế: Nông, lâm nghiệp và thủy sản chiếm 15,73%."
    >>> lead_says_otherwise(t, t.index("Nông"), "economic_structure_agriculture")
    False
    >>> t = "(15) Tỷ trọng lao động trong nền kinh tế: Nông,\\nlâm nghiệp 15,73%;\\nDịch vụ chiếm 40,44%."
    >>> lead_says_otherwise(t, t.index("Dịch"), "economic_structure_services")
    True
    >>> t = "Dư nợ tín dụng ưu tiên đạt 168.500 tỷ đồng. Chia theo lĩnh vực như sau: xuất khẩu 1.570 tỷ đồng."
    >>> lead_says_otherwise(t, t.index("xuất"), "export_value")
    True
    >>> t = "Kim ngạch xuất khẩu đạt 500 triệu USD. Chia theo khu vực như sau: xuất khẩu của khu vực FDI 300 triệu USD."
    >>> lead_says_otherwise(t, t.index("xuất khẩu của"), "export_value")
    False
    >>> t = "Chia theo lĩnh vực như sau: xuất khẩu 1.570 tỷ đồng."
    >>> lead_says_otherwise(t, t.index("xuất"), "export_value", whole="Dư nợ tín dụng trong các lĩnh vực ưu tiên")
    True
    """
    if key is None:
        return False
    if whole is not None and under_another(key, whole):
        return True
    lo = max(0, at - WINDOW)
    stop = _SENTENCE_STOP_BEFORE.search(text, lo, at)
    start = stop.end() if stop is not None else lo
    colon = text.rfind(":", start, at)
    if colon < 0:
        return False
    if under_another(key, text[start:colon]):
        return True
    if stop is None or _BARE_LEAD.search(fold(text[start:colon])) is None:
        return False
    # "Chia theo lĩnh vực như sau:" names nothing: the sentence before it names what is divided
    lo = max(0, stop.start() - WINDOW)
    before = _SENTENCE_STOP_BEFORE.search(text, lo, stop.start())
    return under_another(key, text[before.end() if before is not None else lo:stop.start()])
