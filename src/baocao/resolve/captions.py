"""The captions of a news article's photos: their figures restate the body, as a headline's do.

A caption is a line that ends with the photo's credit: ``(Ảnh minh họa)``, ``(Ảnh: Phước Tuần)``, or
``Ảnh: Báo Bắc Giang`` after its last sentence (``caption_credits`` in ``data/indicators.yaml``; a table's
cell bar may close the line, ``… (Ảnh: Vũ Sinh) |``), or
with a sentence that says the photo only illustrates (``Ảnh chỉ mang tính minh họa. Nguồn Internet``:
``caption_illustration_notes``, ``caption_sources``);
a caption that writes a figure (``Giá trị sản xuất công nghiệp 6 tháng đầu năm 2016 tăng 20% (Ảnh
minh họa).``) says again what the article states, and its figures are left unattached.
"""
from __future__ import annotations

import regex

from baocao.resolve.vocabulary import WORDS, exact_alternation

__all__ = ["caption_lines"]

CAPTION_CHARS = 400
"""A caption is at most this long."""
CREDIT_CHARS = 80
"""How far before the end of a line its credit is read."""
_LINE = regex.compile(r"[^\n]+")
# the credit at the end of the line (read in its last CREDIT_CHARS): in a parenthesis, or after the
# caption's last stop; a table's cell bar may close the line (a caption set in a table's cell: "… hơn 200 triệu
# đồng. (Ảnh: Vũ Sinh) |", 311 Báo Thế giới & Việt Nam; 184 and 330 write their captions so)
_CREDIT = regex.compile(
    rf"(?:\(\s*{exact_alternation(WORDS.caption_credits)}(?![\p{{L}}])[^()\n]{{0,60}}\)"
    rf"|(?:^|[.!?…]\s+){exact_alternation(WORDS.caption_credits)}\s*:[^.!?\n]{{1,60}}"
    # "… 108 dự án đầu tư trực tiếp nước ngoài. Ảnh chỉ mang tính minh họa. Nguồn Internet": a sentence
    # that says the photo only illustrates, perhaps with its source after it
    rf"|[.!?…]\s+{exact_alternation(WORDS.caption_illustration_notes)}"
    rf"(?:\s*[.]\s*{exact_alternation(WORDS.caption_sources)}\s*:?\s+[^.!?\n]{{1,40}})?)\s*[.]?\s*(?:\|\s*)?$",
    regex.IGNORECASE)


def caption_lines(original: str) -> list[tuple[int, int]]:
    """The spans of the lines of ``original`` that are photo captions (see the module's text).

    >>> t = "Thu ngân sách đạt 5 tỷ đồng.\\nGiá trị sản xuất tăng 20% (Ảnh minh họa).\\nBí thư phát biểu. Ảnh: Báo Bắc Giang"
    >>> [t[a:b] for a, b in caption_lines(t)]
    ['Giá trị sản xuất tăng 20% (Ảnh minh họa).', 'Bí thư phát biểu. Ảnh: Báo Bắc Giang']
    """
    out: list[tuple[int, int]] = []
    for m in _LINE.finditer(original):
        a, b = m.span()
        if b - a > CAPTION_CHARS:
            continue
        # searched from within the line, "^" is the line's start only
        if _CREDIT.search(original, max(a, b - CREDIT_CHARS), b) is not None:
            out.append((a, b))
    return out
