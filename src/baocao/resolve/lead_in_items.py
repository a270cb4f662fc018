"""The list items a lead-in clause governs beyond its own paragraph, and those it does not.

- :func:`item_paragraphs_end`: a lead-in whose colon ends its paragraph (a blank line right after it) and
  whose next paragraph is a list item governs that item and the items after it that carry a mark of the
  same shape, each its own paragraph (``…, trong năm 2019, phát triển kinh tế - xã hội trên địa bàn tỉnh ước
  tính đạt được những kết quả chủ yếu sau:`` / ``1. Tổng sản phẩm … tăng 9,72% …;`` / ``2. Cơ cấu kinh tế: …``):
  a text that sets each item apart with a blank line still lists them under the lead-in; the run ends at
  the first paragraph that is no such item. Only an estimate's lead-in governs so: a target word in a lead-in
  names the plan its results are read against as often as a plan (``Kết quả thực hiện các chỉ tiêu kế hoạch năm
  2023 như sau:``, ``So với mục tiêu Nghị quyết, kết quả đạt được:``, ``Về thực hiện các mục tiêu của Nghị quyết
  Đại hội:``, each its items results);
- :func:`sibling_items`: a lead-in inside a list item, with text after its colon, whose next line is an
  item of the same list governs its own item only.
"""
from __future__ import annotations

from typing import Optional

import regex

from baocao.core.rules import compile_at
from baocao.resolve.vocabulary import LIST_ITEM_MARK

__all__ = ["item_paragraphs_end", "sibling_items"]

_BLANK_AFTER = compile_at(r"[ \t\u00a0]*\n[ \t\u00a0]*\n\s*")
_NEXT_LINE = compile_at(r"[ \t\u00a0]*\n\s*")
_LETTER = regex.compile(r"[a-zđ]")
_DIGITS = regex.compile(r"\d+")


def _mark_shape(mark: str) -> str:
    """The shape of a list item's mark (``1.`` and ``12.`` alike; ``a)`` and ``b)`` alike)."""
    return _DIGITS.sub("0", _LETTER.sub("a", mark))


def sibling_items(text: str, line: int, colon: int, line_end: int) -> bool:
    """True when the line at `line` is a list item with text after its colon (at `colon`) and the next
    line is an item of the same list (its mark of the same shape: ``(1)``, ``(2)``): a lead-in there
    governs its own item, not its siblings."""
    if not text[colon + 1:line_end].strip():
        return False
    m = LIST_ITEM_MARK.match(text, line, colon)
    n = LIST_ITEM_MARK.match(text, line_end + 1, min(len(text), line_end + 12))
    return bool(m and n and _mark_shape(m.group(1)) == _mark_shape(n.group(1)))


def item_paragraphs_end(text: str, colon: int, framing: Optional[str] = "estimate") -> Optional[int]:
    """For a lead-in whose colon (at `colon`) ends its paragraph: the end of the run of list-item
    paragraphs right after it (each opened by a mark of the first's shape: a run-in heading among them,
    ``2. Cơ cấu kinh tế: …``, is still an item); None when a blank line does not follow the colon or the
    next paragraph is no list item, or the lead-in's `framing` is no ``estimate`` (a target word there names
    the plan its results are read against as often as a plan: ``Kết quả thực hiện các chỉ tiêu kế hoạch năm
    2023 như sau:``).

    >>> t = "Kết quả ước tính như sau:\\n\\n1. GRDP tăng 9%;\\n\\n2. Thu ngân sách 15 tỷ đồng.\\n\\nNăm 2020, GRDP tăng 7%."
    >>> t[:item_paragraphs_end(t, t.index(":"))].endswith("15 tỷ đồng.")
    True
    """
    if framing != "estimate":
        return None
    m = _BLANK_AFTER.match(text, colon + 1)
    if m is None:
        return None
    pos = m.end()
    first = LIST_ITEM_MARK.match(text, pos)
    if first is None:
        return None
    shape = _mark_shape(first.group(1))
    end = None
    while True:
        mark = LIST_ITEM_MARK.match(text, pos)
        if mark is None or _mark_shape(mark.group(1)) != shape:
            break
        line_end = text.find("\n", pos)
        end = len(text) if line_end < 0 else line_end
        n = _NEXT_LINE.match(text, end)
        if n is None:
            break
        pos = n.end()
    return end
