"""Where the numerals of a document stand, found once (:func:`number_spans`), and the matches of a
pattern tried only at the numerals that can start it (a pass over the text then costs little more
than one scan for digits)."""
from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice, repeat
from typing import Any, Optional, Protocol, overload

import regex

from baocao.core.numbers.numerals import NUM
from baocao.core.rules import GIL_HELD, SP


class Scanned(Protocol):
    """What the scan needs of a document (:class:`baocao.document.Document`): its clean text and a
    per-document cache for the scan's results."""

    @property
    def text(self) -> str: ...

    @property
    def cache(self) -> dict[Any, Any]: ...


# A numeral and, in a lookahead (the next numeral may start there), what follows it past one
# space: a run of letters, or one character (see next_words)
_NUM_NEXT = regex.compile(NUM + rf"(?=(?:{SP}?(\p{{L}}+|.))?)", regex.DOTALL)


class NumberSpans(Sequence[tuple[int, int]]):
    """The (start, end) of each numeral of a document, in order: two arrays of offsets (16 bytes a
    numeral, where a list of tuples takes 130: a 50 MB text has about 360,000 numerals), read as a
    sequence of (start, end) tuples made when asked for.

    >>> spans = NumberSpans()
    >>> spans.append(3, 5); spans.append(9, 12)
    >>> len(spans), spans[1], list(spans), list(spans.starts)
    (2, (9, 12), [(3, 5), (9, 12)], [3, 9])
    """

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts = array("q")
        self.ends = array("q")

    def append(self, start: int, end: int) -> None:
        self.starts.append(start)
        self.ends.append(end)

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> tuple[int, int]: ...

    @overload
    def __getitem__(self, i: slice) -> list[tuple[int, int]]: ...

    def __getitem__(self, i: int | slice) -> tuple[int, int] | list[tuple[int, int]]:
        if isinstance(i, slice):
            return list(zip(self.starts[i], self.ends[i]))
        return self.starts[i], self.ends[i]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.starts, self.ends)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"NumberSpans({list(self)!r})"


def _scan_numbers(doc: Scanned) -> None:
    # one pass, keeping no match objects past a batch; one string object per distinct next word
    # (a document has a few hundred), not one per numeral; the offsets in arrays (NumberSpans); a
    # batch's offsets and words read by C calls over its matches, not by a Python loop
    # (a word as written -> the one lower-cased string kept for it: no lower() per numeral)
    spans = NumberSpans()
    words: list[str] = []
    seen: dict[str, str] = {}
    lowered: dict[Optional[str], str] = {}
    matches = _NUM_NEXT.finditer(doc.text)
    while True:
        batch = list(islice(matches, _BATCH))
        if not batch:
            break
        spans.starts.extend(map(regex.Match.start, batch))
        spans.ends.extend(map(regex.Match.end, batch))
        written = list(map(regex.Match.group, batch, repeat(1)))
        for w in set(written).difference(lowered):
            low = (w or "").lower()
            lowered[w] = seen.setdefault(low, low)
        words += map(lowered.__getitem__, written)
    doc.cache["number_spans"] = spans
    doc.cache["next_words"] = words


#: numerals read per batch by _scan_numbers (its match objects alive at once)
_BATCH = 4096


def number_spans(doc: Scanned) -> NumberSpans:
    """Return the (start, end) of every numeral in the document's clean text (computed once), as a
    :class:`NumberSpans` (a sequence of (start, end) tuples).

    Extractors match their patterns only at these positions instead of at every character, which
    keeps a pass over the text close to the cost of one scan for digits.
    """
    if "number_spans" not in doc.cache:
        _scan_numbers(doc)
    spans: NumberSpans = doc.cache["number_spans"]
    return spans


def next_words(doc: Scanned) -> list[str]:
    """Return, for each numeral of :func:`number_spans`, what follows it past one space or NBSP,
    lower-cased: a run of letters (``tỷ`` in ``28 tỷ đồng``, ``ha`` in ``12ha``) or else one
    character (``%``, ``/``, a second space, a newline); "" at the end of the text.

    >>> from baocao.document import Document
    >>> next_words(Document.from_text("28 Tỷ đồng, 5,61%/năm, 12ha, 2 - 3 m3; 2024"))
    ['tỷ', '%', 'ha', '-', 'm', '']
    """
    if "next_words" not in doc.cache:
        _scan_numbers(doc)
    words: list[str] = doc.cache["next_words"]
    return words


#: How far past its first numeral a match at a numeral may read (:func:`match_near`): records are
#: a few dozen characters (34 at most on the benchmark archive), and a bound keeps a pattern whose
#: repetition or missing literal would scan the rest of the text linear in the text's length.
WINDOW = 240
#: A match that ends within this many characters of the window's end is not trusted: a lookahead
#: there saw the cut, not the text.
_MARGIN = 40


def match_near(pattern: regex.Pattern[str], text: str, pos: int) -> Optional[regex.Match[str]]:
    """``pattern.match(text, pos)`` read within :data:`WINDOW` characters of `pos` (``endpos``):
    None where the match reaches near the window's end, since a lookahead there saw the cut and not
    the text (no record rather than one the cut could have made wrong). A match is the unbounded
    one whenever that one ends before ``WINDOW - 40`` characters; a pattern that could read a
    longer record at `pos` gives none.

    >>> match_near(regex.compile(r"\\d+(?: - \\d+)* ha"), "1 - 2 ha", 0).group()
    '1 - 2 ha'
    >>> match_near(regex.compile(r"\\d+(?: - \\d+)* ha"), "1 - " * 100 + "2 ha", 0) is None
    True
    """
    end = pos + WINDOW
    if end >= len(text):
        return pattern.match(text, pos, None, GIL_HELD)
    m = pattern.match(text, pos, end, GIL_HELD)
    if m is None or m.end() > end - _MARGIN:
        return None
    return m


def matches_at_numbers(doc: Scanned, pattern: regex.Pattern[str], after: frozenset[str],
                       space: bool = True) -> Iterator[regex.Match[str]]:
    """Yield the matches of `pattern` anchored at a numeral whose next character (past one space;
    without `space`, the character right after the numeral) is in `after`; numbers that cannot
    start a match are skipped without running the regex."""
    text, n = doc.text, len(doc.text)
    for pos, end in number_spans(doc):
        if space and end < n and text[end] in " \u00a0":
            end += 1
        if end < n and text[end] in after:
            m = match_near(pattern, text, pos)
            if m is not None:
                yield m


_STRAY = regex.compile(rf"\.{SP}\p{{Ll}}")


def matches_before_words(doc: Scanned, pattern: regex.Pattern[str], words: frozenset[str],
                         ranges: frozenset[str] = frozenset()) -> Iterator[regex.Match[str]]:
    """Yield the matches of `pattern` anchored at a numeral whose next word (:func:`next_words`)
    is in `words` (made by :func:`first_words`): a narrower test than :func:`matches_at_numbers`'
    first character, which lets through every number before a word such as ``tháng``.

    `ranges`: the next words that can only open a range to the next numeral (``-``, ``đến``, in
    `words` and starting nothing else the pattern reads there); a numeral before one is tried only
    when the next numeral's own next word is in `words` and not in `ranges` (``5 - 7 ha``, not
    the links of ``5 - 5 - 5 -``, which no unit closes)."""
    text, starts = doc.text, number_spans(doc).starts
    for i in numerals_before_words(doc, words, ranges):
        m = match_near(pattern, text, starts[i])
        if m is not None:
            yield m


def numerals_before_words(doc: Scanned, words: frozenset[str],
                          ranges: frozenset[str] = frozenset()) -> Iterator[int]:
    """The indices (in :func:`number_spans`) of the numerals :func:`matches_before_words` tries
    its pattern at, for a caller that reads some of them without the pattern."""
    text, spans, after = doc.text, number_spans(doc), next_words(doc)
    ends = spans.ends
    closing = words - ranges
    for i in _numerals_before(doc, words):
        if after[i] in ranges and (i + 1 == len(after) or after[i + 1] not in closing):
            continue
        if after[i] == "." and _STRAY.match(text, ends[i]) is None:
            continue  # a full stop opens a match only as a stray one ("4.130. bài")
        yield i


def _numerals_before(doc: Scanned, words: frozenset[str]) -> Sequence[int]:
    """The indices, in order, of the numerals whose next word (:func:`next_words`) is in `words`:
    a look-up per distinct next word of the document instead of a test per numeral (the indices
    of each word kept in an array: 8 bytes a numeral, not 40)."""
    if "next_word_index" not in doc.cache:
        index: defaultdict[str, array[int]] = defaultdict(lambda: array("q"))
        for i, word in enumerate(next_words(doc)):
            index[word].append(i)
        doc.cache["next_word_index"] = dict(index)
    index = doc.cache["next_word_index"]
    found = [index[w] for w in index.keys() & words]
    if len(found) == 1:
        return found[0]
    return sorted(i for ids in found for i in ids)


def matches_reaching(doc: Scanned, pattern: regex.Pattern[str], words: frozenset[str], char: str,
                     reach: int, second: Optional[frozenset[str]] = None) -> Iterator[regex.Match[str]]:
    """Like :func:`matches_before_words`, for a pattern that reads `char` within `reach`
    characters after its first numeral and the next numeral right after it, past one space at
    most (``113/118 bản``, ``12 ha/15 ha``): a numeral whose next numeral does not stand so is
    skipped without running the regex (``5/ ngày 7``). With `second`, the next numeral's next
    word (:func:`next_words`) must be one of `second` too (``12.345/10.000 tỷ đồng``)."""
    text = doc.text
    for pos in starts_reaching(doc, words, char, reach, second):
        m = match_near(pattern, text, pos)
        if m is not None:
            yield m


def starts_reaching(doc: Scanned, words: frozenset[str], char: str, reach: int,
                    second: Optional[frozenset[str]] = None) -> Iterator[int]:
    """The starts of the numerals :func:`matches_reaching` tries its pattern at, for a caller
    that has more to test before it runs the pattern."""
    text, spans, after = doc.text, number_spans(doc), next_words(doc)
    if char not in text:
        return   # no numeral stands so (a text of quantities with no "/")
    starts, ends = spans.starts, spans.ends
    last = len(spans) - 1
    for i in _numerals_before(doc, words):
        if i == last or (second is not None and after[i + 1] not in second):
            continue
        pos, end = starts[i], ends[i]
        j = starts[i + 1] - 1            # the character before the next numeral
        if j >= end and text[j] in _SPACES:
            j -= 1
        if not (end <= j < end + reach and text[j] == char):
            continue
        if after[i] == "." and _STRAY.match(text, end) is None:
            continue
        yield pos


_SPACES = frozenset(" \u00a0\u202f")   # what SP matches


def first_chars(*alternatives: Iterable[str]) -> frozenset[str]:
    """Return every character (both cases) that can begin one of the words in `alternatives`.

    A cheap test of the character after a number (and one space) skips the regex for numbers that
    cannot be followed by the unit at all, which is most of them for any one kind.

    >>> sorted(first_chars(["ha", "Tấn"], ["%"]))
    ['%', 'H', 'T', 'h', 't']
    """
    chars = set()
    for words in alternatives:
        for w in words:
            chars.update({w[0].lower(), w[0].upper()})
    return frozenset(chars)


_LETTERS = regex.compile(r"\p{L}+")


def first_words(*alternatives: Iterable[str]) -> frozenset[str]:
    """Return what :func:`next_words` gives for a numeral followed by one of the words in
    `alternatives`: the word's first run of letters, lower-cased, or its first character when it
    begins with none.

    >>> sorted(first_words(["ha", "Tấn", "m3", "lượt người"], ["%", "-"]))
    ['%', '-', 'ha', 'lượt', 'm', 'tấn']
    """
    out = set()
    for words in alternatives:
        for w in words:
            m = _LETTERS.match(w)
            out.add(m.group().lower() if m else w[0])
    return frozenset(out)


def word_ends(text: str, words: Iterable[str]) -> list[int]:
    """Return the sorted end offsets of `words` standing as whole words in `text`, written in lower
    case, with a capital first letter or all in capitals (``str.find``: a case-insensitive regex
    scan of a long text costs five times as much).

    >>> word_ends("Dân số 1,2 triệu; dân số, DÂN SỐ, nhân số", ["dân số"])
    [6, 24, 32]
    """
    ends = set()
    for word in words:
        for w in {word, word[:1].upper() + word[1:], word.upper()}:
            i = text.find(w)
            while i != -1:
                e = i + len(w)
                if not (i and text[i - 1].isalpha()) and not (e < len(text) and text[e].isalpha()):
                    ends.add(e)
                i = text.find(w, i + 1)
    return sorted(ends)
