"""Headings: a line of the heading ladder (``structure/data/headings.yaml``: ``Phần thứ nhất`` >
``II-`` > ``1.`` > ``1.1.`` > ``a)``) followed by a title, and a heading's label as a path shows it.

A line is a heading when its start matches a rung of the ladder and the rest reads as a title: a
capital letter (or opening quote) first, one sentence, not ending in ``.``, ``;`` or ``,``, at most
``max_chars`` long. ``4.1. Đối với …: Nâng cao …`` is a run-in heading whose title stops at the
colon. A line written all in capitals is a heading of rank ``caps_rank`` (:func:`classify`).
"""
from __future__ import annotations

from functools import lru_cache
from itertools import islice
from typing import Optional

import regex

from baocao.structure import sentences
from baocao.structure._rules import HeadingsFile, load

RULES: HeadingsFile = load("headings")
LADDER = [(r.rule, r.rank, regex.compile(r.pattern)) for r in RULES.ladder]   # (rule, rank, pattern)
PART = next(p for rule, _, p in LADDER if rule == "part")
# any rung at all: one match that lets most lines skip the rungs one by one
_ANY_RUNG = regex.compile("|".join(f"(?:{p.pattern})" for _, _, p in LADDER))
TITLE_START = regex.compile(r"[*_]*[\p{Lu}“\"«(]")
_EMPHASIS = regex.compile(r"[*_]+")
_SPACES = regex.compile(r"\s+")
HAS_LOWER = regex.compile(r"\p{Ll}")
LETTER_WORDS = regex.compile(r"\p{L}{2,}")

# a heading found: (start, end in the clean text, rule, rank, line index, run-in)
Hit = tuple[int, int, str, int, int, bool]


@lru_cache(maxsize=4096)
def label_of(heading: str, limit: int = RULES.label_max_chars) -> str:
    """Return the heading as shown in a path: emphasis marks dropped, spaces collapsed, and cut at
    the last space within ``limit`` characters, with ``…``.

    >>> label_of("2.4. *Đẩy mạnh ứng dụng khoa học, công nghệ*")
    '2.4. Đẩy mạnh ứng dụng khoa học, công nghệ'
    >>> label_of("I- KẾT QUẢ THỰC HIỆN 02 KHẤU ĐỘT PHÁ THEO NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN")
    'I- KẾT QUẢ THỰC HIỆN 02 KHẤU ĐỘT PHÁ THEO NGHỊ QUYẾT ĐẠI HỘI…'
    """
    text = _SPACES.sub(" ", _EMPHASIS.sub("", heading)).strip()
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit + 1)
    return text[:cut if cut > 0 else limit].rstrip(" ,;:-–") + "…"


def is_caps(text: str) -> bool:
    """True when the line ``text`` is written in capitals, two words at least (a heading of rank
    ``caps_rank``, or a line of a signature)."""
    return (not HAS_LOWER.search(text) and len(LETTER_WORDS.findall(text)) >= 2
            and "\t" not in text and len(text) <= RULES.max_chars)


def classify(text: str) -> Optional[tuple[str, int, int]]:
    """Return (rule, rank, end of heading) when the stripped line ``text`` is a heading, else None.

    >>> classify("II- KẾT QUẢ PHÁT TRIỂN KINH TẾ - XÃ HỘI")
    ('roman', 1, 39)
    >>> classify("1.1. Cơ cấu lại nông nghiệp gắn với xây dựng nông thôn mới")[:2]
    ('number2', 3)
    >>> classify("(1)- Cơ cấu ngành kinh tế đến năm 2030: Nông - lâm nghiệp chiếm 28,5%.") is None
    True
    >>> classify("1. Tăng cường sự lãnh đạo. Phát huy vai trò tiên phong.") is None
    True
    >>> t = "4.1. Đối với hoạt động của HĐND các cấp: Nâng cao chất lượng. Đổi mới hoạt động."
    >>> classify(t), t[:classify(t)[2]]
    (('number2', 3, 39), '4.1. Đối với hoạt động của HĐND các cấp')
    """
    if len(text) > RULES.max_chars * 4 or "\t" in text:
        return None
    return _classify(text)


@lru_cache(maxsize=4096)
def _classify(text: str) -> Optional[tuple[str, int, int]]:
    """:func:`classify` of a line short enough to be a heading, remembered for the lines a
    document repeats (a table's row labels, a form's ``- Đạt``, a list of ``1.`` lines)."""
    for rule, rank, pattern in LADDER if _ANY_RUNG.match(text) else ():
        m = pattern.match(text)
        if m is None:
            continue
        if rule == "part":
            return rule, rank, len(text)
        if not TITLE_START.match(text, m.end()):
            continue
        if len(text) <= RULES.max_chars and _one_title(text, m.end()):
            return rule, rank, len(text)
        colon = text.find(":", m.end(), m.end() + RULES.run_in_max_chars)
        if colon > 0 and rule not in ("paren", "star") and _one_title(text[:colon], m.end()):
            return rule, rank, colon
    if is_caps(text):
        return "caps", RULES.caps_rank, len(text)
    return None


_NOT_LAST = frozenset(RULES.title_not_last)
_LAST_WORD = regex.compile(r"(\p{L}+)\W*\Z")


def _one_title(text: str, start: int) -> bool:
    stripped = _EMPHASIS.sub("", text).rstrip()
    if not stripped or stripped.rstrip("”\"’»")[-1:] in (".", ";", ",", ""):
        return False   # a stop ends it, inside a closing quote too ("… giải thể hội.”")
    last = _LAST_WORD.search(stripped)
    if last is not None and last.group(1) in _NOT_LAST and last.start() > start:
        return False   # "… trên cổng dịch vụ công trực tuyến của": a wrapped paragraph, no title
    return len(list(islice(sentences.split(text, start), 2))) == 1   # one, not all of them
