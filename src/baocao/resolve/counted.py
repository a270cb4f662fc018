"""A figure named only by what it counts keeps its key only where its clause says nothing else of it.

A statement whose whole name is its unit ("đảng viên" for "900 đảng viên") is named by what it counts,
not by what is measured: "đại diện cho 2.631 đảng viên" is the membership (``party_members``), but
"đã thi hành kỷ luật 42 tổ chức và 900 đảng viên", "Huyện ủy đã tiến hành 20 cuộc kiểm tra với 20 tổ
chức đảng, 05 đảng viên", "xoá tên 41.854 đảng viên" count those an action touched. Such a statement
loses the key its name got when its clause, read back from the figure to the sentence's start or the
last ";" (at most :data:`WINDOW` characters), holds a word the key's entry excludes (its ``exclude``
in ``data/indicator_keys.yaml``: "kiểm tra", "kỷ luật", "khai trừ" for ``party_members``): a missing key
is better than a wrong one.
"""
from __future__ import annotations

from typing import Optional

from baocao.core.fold import fold
from baocao.resolve.keys import excludes
from baocao.resolve.reach import last_after, sentence_start_within

WINDOW = 200
"""How far before its figure a clause is read (characters)."""


def counted_only(name: str, unit: Optional[str]) -> bool:
    """The name is only what its figure counts: its unit, compared folded.

    >>> counted_only("Đảng viên", "đảng viên"), counted_only("số đảng viên", "đảng viên")
    (True, False)
    """
    return unit is not None and " ".join(fold(name).split()) == " ".join(fold(unit).split())


def clause_says_otherwise(text: str, at: int, name: str, unit: Optional[str], key: Optional[str]) -> bool:
    """True when the statement named ``name`` (only what is counted) whose figure starts at offset
    ``at`` of ``text`` got ``key`` and its clause before the figure holds a word the key's entry excludes.

    >>> t = "Đã thi hành kỷ luật 42 tổ chức và 900 đảng viên."
    >>> clause_says_otherwise(t, t.index("900"), "đảng viên", "đảng viên", "party_members")
    True
    >>> t = "Đại hội có 250 đại biểu đại diện cho 2.631 đảng viên; đã kiểm tra 20 tổ chức."
    >>> clause_says_otherwise(t, t.index("2.631"), "đảng viên", "đảng viên", "party_members")
    False
    """
    if key is None or not counted_only(name, unit):
        return False
    start = last_after(text, ";", sentence_start_within(text, at, WINDOW), at)
    return excludes(key, text[start:at], qualifiers=False)
