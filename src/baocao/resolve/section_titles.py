"""The title under a part's label: it dates the part as a title dates a document.

A long report is set out in parts, each a label on a line of its own and its title on the next line
(a congress's political report: ``Phần thứ nhất`` / ``ĐÁNH GIÁ TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT
ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XXIII, NHIỆM KỲ 2020 - 2025``, then ``Phần thứ hai`` / ``PHƯƠNG HƯỚNG,
MỤC TIÊU, NHIỆM VỤ VÀ CÁC GIẢI PHÁP CHỦ YẾU 05 NĂM 2025 - 2030``; a yearly report: ``PHẦN THỨ NHẤT`` /
``TÌNH HÌNH THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2023``, ``PHẦN THỨ HAI`` / ``NHIỆM VỤ, GIẢI
PHÁP CHỦ YẾU NĂM 2024``). The label alone is the
section's heading; its title, set in capitals, names the span the part reviews or plans: the last period
with its year, or term with its years, written in it (:func:`part_periods`). A statement of the part whose
own words, lead-in, headings, paragraph and document name no period holds over it
(``baocao.resolve.periods.fallback_period``), not over the last year written in an earlier sentence,
which may be of another part.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from baocao.core.fold import fold

if TYPE_CHECKING:
    from baocao.report import Report

__all__ = ["part_periods"]

TITLE_CHARS = 300
"""A part's title is one line at most this long."""
_LABEL = regex.compile(r"[\s*_#]*(?:phan|chuong)\s+(?:thu\s+)?(?:nhat|hai|ba|bon|tu|nam|sau|[ivxl]{1,5}|\d{1,2})"
                       r"[\s.:*_]*")
_COMPARISON = "comparison"


def _capitals(line: str) -> bool:
    """True when the letters of `line` are (nearly all) capitals: a title, not a sentence."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def part_periods(report: Report) -> dict[int, str]:
    """Section index → the label of the span the title under the section's part label names (see the
    module's text), for the sections whose heading is only a part's label (``Phần thứ hai``, ``PHẦN I``,
    ``CHƯƠNG II``) followed by a title line in capitals that names a period or a term with its years.

    >>> import baocao
    >>> t = ("BÁO CÁO CHÍNH TRỊ\\n\\nPhần thứ nhất\\n\\nĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT, NHIỆM KỲ 2020 - 2025\\n\\n"
    ...      "1. Kinh tế\\n\\nThu ngân sách tăng 12%.\\n\\nPhần thứ hai\\n\\nPHƯƠNG HƯỚNG, NHIỆM VỤ 05 NĂM 2025 - 2030\\n\\n"
    ...      "Phấn đấu thu ngân sách tăng 10%/năm.")
    >>> r = baocao.parse(t)
    >>> sorted(part_periods(r).values())
    ['2020-2025', '2025-2030']
    """
    text = report.original
    out: dict[int, str] = {}
    spans: list[tuple[int, int, str]] = []
    for sec in report.sections:
        if not _LABEL.fullmatch(fold(text[sec.start:sec.end])):
            continue
        a = sec.end + len(text[sec.end:sec.end + 40]) - len(text[sec.end:sec.end + 40].lstrip())
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        if b - a > TITLE_CHARS or not _capitals(text[a:b]) or text[a:b].rstrip().endswith((".", ";", ":")):
            continue
        if not spans:
            spans = [(r.start, r.end, _label(r)) for r in report.records
                     if r.kind in ("period", "term") and _label(r)]
        named = [s[2] for s in spans if a <= s[0] and s[1] <= b]
        if named:
            out[sec.index] = named[-1]
    return out


def _label(r: object) -> str:
    """The label of a period record with its year, or of a term record with its two years, else ''."""
    start, end = getattr(r, "start_year", None), getattr(r, "end_year", None)
    if getattr(r, "kind", None) == "term":
        return f"{start}-{end}" if start and end else ""
    if getattr(r, "period_type", None) == _COMPARISON or start is None:
        return ""
    return str(getattr(r, "label", "") or "")
