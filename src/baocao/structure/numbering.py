"""The numbers of a report's headings (``II-``, ``2.1.``, ``b)``) and their sequence: a heading
found in running text counts only where its number comes next."""
from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from typing import Optional

import regex

from baocao.structure.headings import Hit

Numbers = tuple[int, ...]   # a letter's number is its code point: ("b)",) is (98,)

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN_LABEL = regex.compile(r"[IVX]+")
_NUMBER_LABEL = regex.compile(r"[\d.]+")
_DIGITS = regex.compile(r"\d+")


def _roman(s: str) -> int:
    total = 0
    for k, ch in enumerate(s):
        v = _ROMAN[ch]
        total += -v if k + 1 < len(s) and _ROMAN[s[k + 1]] > v else v
    return total


def _numbers(text: str, start: int, rule: str) -> Numbers:
    """The numbers of a heading's label: (2,) for "II-", (2, 1) for "2.1.", (ord("b"),) for "b)"."""
    return _label_numbers(text[start:start + 16], rule)


@lru_cache(maxsize=4096)
def _label_numbers(label: str, rule: str) -> Numbers:
    """:func:`_numbers` of the first characters of a heading (a document's labels repeat)."""
    if rule == "roman":
        return (_roman(_start(_ROMAN_LABEL, label)),)
    if rule in ("number", "number2", "number3"):
        return tuple(int(x) for x in _DIGITS.findall(_start(_NUMBER_LABEL, label)))
    if rule == "letter":
        return (ord(label[0]),)
    return ()


def _start(pattern: regex.Pattern[str], label: str) -> str:
    """What `pattern` matches at the start of `label` (the rung the label matched says it does)."""
    m = pattern.match(label)
    assert m is not None
    return m.group()


def in_sequence(text: str, hits: list[Hit], stopped: Collection[int] = frozenset()) -> list[Hit]:
    """The hits in document order, run-in ones kept only where their number comes next: a run-in
    "n." needs the last "n-1." under the same heading above (or none, for 1), "a.b." needs "a"
    to be the number of the "a." or Roman heading above it and "b" the next, "b)" needs "a)"."""
    hits = sorted(hits)
    out = []
    state: dict[str, Numbers] = {}   # rule -> numbers of the last heading of that rule in force
    for h in hits:
        start, end, rule, rank, li, run_in = h
        nums = _numbers(text, start, rule)
        if (run_in or start in stopped) and not _comes_next(rule, nums, state):
            continue
        out.append(h)
        if rule in ("roman", "number", "number2", "number3", "letter"):
            state[rule] = nums
        for r in _CLOSES.get(rule, ()):
            state.pop(r, None)
    return out


# a heading closes the count of every lower rung: rule -> the rules it closes
_CLOSES = {"roman": ("number", "number2", "number3", "letter"),
           "number": ("number2", "number3", "letter"),
           "number2": ("number3", "letter"),
           "number3": ("letter",),
           "part": ("roman", "number", "number2", "number3", "letter")}


def _comes_next(rule: str, nums: Numbers, state: dict[str, Numbers]) -> bool:
    if rule == "roman":
        return nums[0] == state.get("roman", (0,))[0] + 1
    if rule == "number":
        return nums[0] == state.get("number", (0,))[0] + 1
    if rule == "number2":
        if "number2" in state:
            a, b = state["number2"]
            if nums == (a, b + 1):
                return True
        parent: tuple[Optional[int], ...] = state.get("number", state.get("roman", (None,)))
        return nums[1] == 1 and nums[0] == parent[0]
    if rule == "number3":
        if "number3" in state:
            a, b, c = state["number3"]
            if nums == (a, b, c + 1):
                return True
        return nums[2] == 1 and nums[:2] == state.get("number2")
    if rule == "letter":
        if "letter" in state:
            return nums[0] == state["letter"][0] + 1
        return nums[0] == ord("a")
    return False
