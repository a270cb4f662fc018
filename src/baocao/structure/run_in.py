"""Headings that run into their paragraph (text taken from a PDF without the line break after a
heading): where one stands in a line, where its title ends, and whether a document writes them so."""
from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from itertools import chain, islice
from typing import TYPE_CHECKING, Optional

import regex

from baocao.core.fold import pieces
from baocao.structure.headings import HAS_LOWER, LADDER, RULES, TITLE_START, Hit
from baocao.structure.lines import Line

if TYPE_CHECKING:
    from baocao.document import Document

# Text taken from a PDF by some tools loses the line break after a heading: "1. Ưu điểm và nguyên
# nhân Việc thực hiện …", "I- BỐI CẢNH … 40 NĂM QUA 1.1. BỐI CẢNH THẾ GIỚI VÀ KHU VỰC Những năm
# cuối …", or a heading after the last sentence of the paragraph before it ("… của Đảng. II- KẾT
# QUẢ …"). A run-in heading starts a line, follows the end of a sentence, or follows another
# run-in heading; its title is a run of capitals, or a phrase that ends before the first capital
# word that is no name (a word the document writes in capitals mid-sentence, "Đảng", "Nhà nước",
# "Việt Nam", is a name) or before a label. It counts only where its number comes next in the
# report's sequence (baocao.structure.numbering.in_sequence): "2." after "1.", "2.1." after "II-"
# or "2.", "b)" after "a)". An outline that merely lists the parts ("I- Bối cảnh …." ending in a
# full stop) has no title followed by a paragraph, so it is none.

RUN_IN_LABEL = regex.compile(
    r"(?<![\p{L}\p{N}.,])"
    r"(?:[IVX]{1,4}[ \t]*[-–.]|\d{1,2}(?:\.\d{1,2}){0,2}\.?|[a-zđ]\))[ \t]+[\p{Lu}“\"]")
_AFTER_SENTENCE = regex.compile(r"[.!?…:;\"”)»][ \t]{1,3}\Z")
_LABEL_TOKEN = regex.compile(r"(?:[IVX]{1,4}[-–.]|\d{1,2}(?:\.\d{1,2}){1,2}\.?|[a-zđ]\))\Z")
TOKEN = regex.compile(r"\S+")
WORD = regex.compile(r"\p{L}+")
_SENTENCE_STOP = regex.compile(r"[.!?…]['\"”’»)]*\Z")
_LIST_ITEM = regex.compile(r"\(\d{1,2}\)\Z")
_MAX_TITLE_WORDS = RULES.run_in_max_words


def proper_words(doc: Document) -> frozenset[str]:
    """Words the document writes with a capital in mid-sentence (right after another word) at
    least twice and in at least a third of their mid-sentence uses: names ("Đảng", "Nhà", "Việt",
    "Nam"), not sentence openers ("Việc", "Nâng"). Words in capitals (headings, "CNXH") are not
    counted."""
    cache = doc.cache
    if "proper_words" not in cache:
        cache["proper_words"] = _proper_words(doc.text)
    proper: frozenset[str] = cache["proper_words"]
    return proper


class ProperWords(Collection[str]):
    """:func:`proper_words` of a document, counted when first asked: a run-in title reads them only
    where a word it holds opens with a capital and is no word in capitals (on the benchmark archive
    5 of the 48 documents with a run-in label ask; the count is two scans of the whole text)."""

    __slots__ = ("_doc", "_words")

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._words: Optional[frozenset[str]] = None

    def _counted(self) -> frozenset[str]:
        if self._words is None:
            self._words = proper_words(self._doc)
        return self._words

    def __contains__(self, word: object) -> bool:
        return word in self._counted()

    def __iter__(self) -> Iterator[str]:
        return iter(self._counted())

    def __len__(self) -> int:
        return len(self._counted())


# a word right after another word and a space (the space the last of the whitespace between them)
_WORD_AFTER_WORD = regex.compile(r"(?<=\p{L}\s*\x20)\p{L}+")
# the same after a word of two letters or more that has no small letter (a word in capitals: the
# first group, checked with isupper), with that word
_WORD_AFTER_CAPITALS = regex.compile(r"(?<!\p{L})([^\P{L}\p{Ll}]{2,})(?=\s*\x20(\p{L}+))")


_PIECE = 1 << 20
"""The words after a word are listed a piece of about this many characters at a time
(:func:`baocao.core.fold.pieces`): a list of every word of a 50 MB text would take ten times its size."""


def _proper_words(text: str) -> frozenset[str]:
    """:func:`proper_words` of ``text``, counted by two scans: the words that follow a word and a
    space, less those that follow a word in capitals (which counts as no word before them).
    tests/test_proper_words.py checks it against the word-by-word reading."""
    mid: Counter[str] = Counter()
    for a, b in pieces(text, _PIECE):
        mid.update(_WORD_AFTER_WORD.findall(text, a, b))
    for m in _WORD_AFTER_CAPITALS.finditer(text):
        if m.group(1).isupper():
            mid[m.group(2)] -= 1
    caps: dict[str, int] = {}
    small: dict[str, int] = {}
    for w, n in mid.items():
        if n <= 0 or (len(w) > 1 and w.isupper()):
            continue
        if w[0].isupper():
            caps[w] = n
        else:
            small[w] = n
    return frozenset(w for w, n in caps.items() if n >= 2 and 3 * n >= n + small.get(w.lower(), 0))


def _label_at(text: str, pos: int, end: int) -> Optional[tuple[str, int, int]]:
    for rule, rank, pattern in LADDER:
        if rule == "part":
            continue
        m = pattern.match(text, pos, end)
        if m is not None and TITLE_START.match(text, m.end(), end):
            return rule, rank, m.end()
    return None


def _is_upper_word(tok: str) -> bool:
    """A word in capitals of two letters or more (a heading's word, ``CNXH``), not ``Ở``."""
    letters = WORD.findall(tok)
    return bool(letters) and len(letters[0]) >= 2 and not HAS_LOWER.search(tok)


def title_end(text: str, start: int, end: int, proper: Collection[str]) -> Optional[int]:
    """Where the title that starts at ``start`` ends when a paragraph runs on after it in the same
    line (``end`` is the line end), or None when no paragraph follows a title there.

    >>> t = "BỐI CẢNH THẾ GIỚI VÀ KHU VỰC Những năm cuối thập kỷ 80."
    >>> t[:title_end(t, 0, len(t), frozenset())]
    'BỐI CẢNH THẾ GIỚI VÀ KHU VỰC'
    >>> t = "Ưu điểm và nguyên nhân Việc thực hiện 10 nhiệm vụ về xây dựng Đảng."
    >>> t[:title_end(t, 0, len(t), frozenset())]
    'Ưu điểm và nguyên nhân'
    >>> t = "Tiếp tục đổi mới phương thức lãnh đạo của Đảng Đẩy mạnh tổng kết thực tiễn."
    >>> t[:title_end(t, 0, len(t), frozenset({"Đảng"}))]
    'Tiếp tục đổi mới phương thức lãnh đạo của Đảng'
    >>> title_end("Bối cảnh thế giới và trong nước tác động đến đổi mới 40 năm qua.", 0, 64, frozenset())
    """
    more = _tokens(text, start, end)
    tokens = list(islice(more, 2))
    if len(tokens) < 2:
        return None
    first = tokens[0][2].lstrip("*_“\"(")
    if _is_upper_word(first) and len(WORD.findall(first)[0]) >= 2 or (
            len(tokens) > 1 and _is_upper_word(first) and _is_upper_word(tokens[1][2])):
        last = None
        for k, (s, e, tok) in enumerate(chain(tokens, more)):
            if k and _LABEL_TOKEN.match(tok) and _label_at(text, s, end):
                break
            if HAS_LOWER.search(tok):
                break
            last = e
        if last is None or len(WORD.findall(text[start:last])) < 2:
            return None
        return last if last - start <= RULES.max_chars else None
    tokens += islice(more, _MAX_TITLE_WORDS - 1)     # the first _MAX_TITLE_WORDS + 1 at most
    fallback = None
    for k, (s, e, tok) in enumerate(tokens[:_MAX_TITLE_WORDS]):
        if k == 0:
            if _SENTENCE_STOP.search(tok):
                return None
            continue
        word = tok.lstrip("“\"(«*_")
        if (_LABEL_TOKEN.match(tok) and _label_at(text, s, end)) or _LIST_ITEM.match(tok):
            return tokens[k - 1][1]
        if word[:1].isupper():
            prev_end = tokens[k - 1][1]
            if text[prev_end - 1] in ",:;-–(":
                continue
            if fallback is None and not _is_upper_word(word):
                fallback = prev_end
            name = WORD.match(word)
            if not _is_upper_word(word) and name and name.group() not in proper:
                return prev_end
        if _SENTENCE_STOP.search(tok):
            return fallback
    if len(tokens) <= _MAX_TITLE_WORDS and not _SENTENCE_STOP.search(tokens[-1][2]) \
            and tokens[-1][2][-1] not in ",;":
        return tokens[-1][1]  # the title ends the line: "… xã hội. b) Hạn chế"
    return fallback


def _tokens(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """The tokens of text[start:end] that :func:`title_end` may look at, as it asks for them: the
    first ``run_in_max_words + 1``, and on to the first that ends past ``max_chars`` (a title in
    capitals is no longer), not the rest of a line that may run on for a megabyte."""
    for k, m in enumerate(TOKEN.finditer(text, start, end)):
        yield m.start(), m.end(), m.group()
        if k >= _MAX_TITLE_WORDS and m.end() - start > RULES.max_chars:
            return


def run_ins(text: str, a: int, b: int, proper: Collection[str]) -> list[tuple[int, int, str, int]]:
    """Run-in headings in the line text[a:b]: (start, end, rule, rank) each."""
    out: list[tuple[int, int, str, int]] = []
    pos = a
    while pos < b:
        m = RUN_IN_LABEL.search(text, pos, b)
        if m is None:
            break
        p = m.start()
        # the end of a sentence right before the label: a stop and one to three spaces
        follows = p == a or _AFTER_SENTENCE.search(text, max(a, p - 4), p) or (out and p == _skip_spaces(
            text, out[-1][1], b))
        label = _label_at(text, p, b) if follows else None
        if label is not None:
            rule, rank, lend = label
            t_end = title_end(text, lend, b, proper)
            if t_end is not None:
                while t_end > 0 and text[t_end - 1] in " \t,:;":   # rstrip, without a copy of
                    t_end -= 1                                      # the text before it
                out.append((p, t_end, rule, rank))
                pos = t_end
                continue
        pos = m.end() - 1
    return out


def runs_in(text: str, all_lines: Sequence[Line], hits: Sequence[Hit]) -> bool:
    """True when the document's headings run into their paragraphs: one comes after the end of a
    sentence in mid-line, or no rung of the ladder stands on a line of its own. A report laid out
    with heading lines keeps its numbered paragraphs ("1. Tăng cường … cấp ủy Đảng đối với …")."""
    if not any(h[5] for h in hits):
        return False
    if any(h[5] and h[0] > all_lines[h[4]].lstart for h in hits):
        return True
    return not any(not h[5] and h[2] != "caps" for h in hits)


def _skip_spaces(text: str, i: int, b: int) -> int:
    while i < b and text[i] in " \t":
        i += 1
    return i
