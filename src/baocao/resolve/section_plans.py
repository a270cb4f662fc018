"""What a section's heading decides of the statements under it: results or plans.

The genre's reports review a period and plan the next under headings that say which part is which:
``I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023`` (results), ``II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024`` (plans),
``II- MỤC TIÊU``, ``NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2024``. A heading that opens (after its list
mark) with a results word (``section_result_openers``: ``Kết quả``, ``Tình hình``, ``Đánh giá``,
``Thành tựu``, ``Hạn chế`` …) heads results, whatever target words follow it (``KẾT QUẢ THỰC HIỆN CÁC
MỤC TIÊU, NHIỆM VỤ NĂM 2023``), unless it names a plan too after ``và`` or ``;`` right after the reviewed part's time (``TÌNH HÌNH THỰC
HIỆN NHIỆM VỤ NĂM 2023 VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024``, ``… ĐẠI HỘI XIII VÀ PHƯƠNG HƯỚNG …``): such a title heads both parts and decides for
neither. Any other heading that holds a target section word (``target_sections``: ``mục tiêu``,
``phương hướng`` …, or ``nhiệm vụ, giải pháp``) heads plans. The nearest heading above a statement that
decides, decides: a results part under a title that names plans too is results.

A heading that names both parts dates neither with its last period: its results part takes the last
period with its year written before the plan words, its plan part the last one after them
(:func:`split_heading`).
"""
from __future__ import annotations

from functools import cache, lru_cache
from typing import Literal, Optional

import regex

from baocao.core.fold import fold
from baocao.resolve._rules import load, target_words_pattern, words_pattern

__all__ = ["heading_part", "path_is_target", "split_heading"]

Part = Literal["results", "plans", "both"]

# a list mark before a heading's words: "I.", "II-", "1.2.", "a)", "PHẦN 1:", "Phần thứ hai", "*", "-"
_MARK = r"^[\s\p{P}\p{S}]*(?:phan(?:\s+thu)?\s+[\p{L}\p{N}]+\s*[:.\-–]?\s*)?(?:[\p{N}IVXLivxl]{1,6}[.)\-–:]\s*|[a-zđA-ZĐ][.)]\s+)*[\s\p{P}]*"
# "báo cáo", "phụ lục 5 về" opening a title before its results word ("BÁO CÁO KẾT QUẢ THỰC HIỆN …")
_REPORT = r"(?:bao\s+cao\s+(?:tom\s+tat\s+)?|phu\s+luc\s+[\p{L}\p{N}]+\s+(?:ve\s+)?)?"


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    w = load("indicators")
    opens = regex.compile(_MARK + _REPORT + words_pattern(w.section_result_openers))
    plans = regex.compile(target_words_pattern(w.target_sections) + r"|nhiem\s+vu\s*,\s*giai\s+phap")
    # the plan words of a heading that names both parts: after "và" or ";" (then perhaps "triển khai") that
    # follows the reviewed part's time ("… NĂM 2023 VÀ …", "… 6 THÁNG ĐẦU NĂM VÀ …", "… ĐẠI HỘI XIII VÀ …")
    joined = regex.compile(r"(?<=(?:\bnam|\d|\b[ivxl]+|\bnay))(?:\s+va\s+|\s*;\s*)(?:trien\s+khai\s+)?(?="
                           + words_pattern(w.section_plan_words) + ")")
    return opens, plans, joined


def heading_part(heading: str) -> Optional[Part]:
    """``results``, ``plans``, ``both`` (a title naming a review and a plan) or None (a subject heading).

    >>> [heading_part(h) for h in ("I. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, NHIỆM VỤ NĂM 2023", "II- MỤC TIÊU",
    ...     "II. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2024", "2. Nông nghiệp", "a) Thành tựu",
    ...     "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2023 VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024")]
    ['results', 'plans', 'plans', None, 'results', 'both']
    """
    opens, plans, joined = _patterns()
    h = fold(heading)[:300]
    if opens.match(h):
        return "both" if joined.search(h) else "results"
    return "plans" if plans.search(h) else None


def path_is_target(path: str) -> bool:
    """Whether a section path (``A > B > C``) frames the statements under it as targets: its nearest
    heading that heads results or plans heads plans (a title naming both decides nothing).

    >>> path_is_target("BÁO CÁO TÌNH HÌNH NĂM 2023 VÀ PHƯƠNG HƯỚNG NĂM 2024 > I. KẾT QUẢ ĐẠT ĐƯỢC > 1. Nông nghiệp")
    False
    >>> path_is_target("Phần thứ hai > II- MỤC TIÊU > 2. Các chỉ tiêu chủ yếu đến năm 2030")
    True
    """
    return _path_is_target(path)


PATH_CACHE_SIZE = 1024
"""How many section paths :func:`path_is_target` remembers: every scope of a section asks about its path
again (a 1 MB archive: 1,100 calls, 160 paths)."""


@lru_cache(maxsize=PATH_CACHE_SIZE)
def _path_is_target(path: str) -> bool:
    for heading in reversed(path.split(" > ")):
        part = heading_part(heading)
        if part == "results":
            return False
        if part == "plans":
            return True
    return False


def split_heading(heading: str) -> Optional[int]:
    """Where the plan words begin in a heading that names both parts (an offset into ``heading``), else
    None.

    >>> h = "TÌNH HÌNH NĂM 2023 VÀ PHƯƠNG HƯỚNG NĂM 2024"
    >>> h[split_heading(h):]
    'PHƯƠNG HƯỚNG NĂM 2024'
    """
    if heading_part(heading) != "both":
        return None
    m = _patterns()[2].search(fold(heading)[:300])
    return m.end() if m else None      # fold keeps the length of Vietnamese text
