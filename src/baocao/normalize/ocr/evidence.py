"""What the rules of one sweep share (:class:`_State`, :class:`_Syllable`), and the evidence of the
whole document a text is part of (:class:`DocumentEvidence`)."""
from __future__ import annotations

from collections import Counter
from itertools import compress
from typing import Optional

from baocao.core.fold import canonical, fold
from baocao.normalize.edits import Edit
from baocao.normalize.lexicon import Lexicon
from baocao.normalize.lm import SyllableModel
from baocao.normalize.ocr.running_text import _settled
from baocao.normalize.ocr.tokens import _in_name, _Tokens, tokenized

Part = tuple[list[str], list[bool], list[str]]
"""A piece of a document: its canonical syllables, their links, their surfaces."""
Window = tuple[str, ...]
"""Syllables side by side (two, for a count of the document)."""


class DocumentEvidence:
    """What a whole document writes, as evidence for repairs in any part of it: how often each pair
    of neighbouring syllables occurs, and the districts and provinces it names. The normalizer
    reads a long text in chunks; each is judged with the evidence of the whole document (a word
    spelled right on page 3 speaks for the same word misread on page 30). Gathered on first use
    (most texts never ask), over its pieces in turn.

    >>> d = DocumentEvidence("điểm tiểu cảnh, điểm vui chơi")
    >>> d.count(("tiểu", "cảnh")), d.count(("cảnh", "điểm"))
    (1, 0)
    """

    __slots__ = ("_parts", "_pairs", "_names")

    def __init__(self, text: str, _parts: Optional[list[Part]] = None) -> None:
        # _parts: [(canonical syllables, links, surfaces)] of the pieces of `text`, when the
        # caller has them (the normalizer's chunks, tokenized once for both uses); else `text`
        # is tokenized here, whole
        if _parts is None:
            toks, linked, words = tokenized(text)
            _parts = [(words, linked, toks.surface)]
        self._parts = _parts
        self._pairs: Optional[Counter[Window]] = None
        self._names: Optional[set[str]] = None

    def count(self, window: Window) -> int:
        """How often the two syllables `window` stand side by side in the document."""
        if self._pairs is None:
            self._pairs = Counter()
            for words, linked, _ in self._parts:
                self._pairs.update(compress(zip(words, words[1:]), linked[1:]))
        return self._pairs.get(window, 0)

    def named_areas(self, lex: Lexicon) -> set[str]:
        """The districts and provinces the document names (capitalised, two syllables or more)."""
        if self._names is None:
            names: set[str] = set()
            for words, linked, surface in self._parts:
                names |= _named_areas(lex, words, linked, surface)
            self._names = names
        return self._names


def _named_areas(lex: Lexicon, words: list[str], linked: list[bool],
                 surface: list[str]) -> set[str]:
    # capitalised pairs that may open such a name (a C-level sweep finds their openers)
    opening: dict[str, list[int]] = {}
    for k in compress(range(len(words) - 1), map(lex.area_first.__contains__, words)):
        if linked[k + 1] and surface[k][0].isupper() and surface[k + 1][0].isupper():
            opening.setdefault(f"{words[k]} {words[k + 1]}", []).append(k)
    names = set()
    for p, starts in opening.items():
        for name in lex.area_names.get(p, "").splitlines():
            syl = [canonical(x) for x in name.split()]
            if any(words[k:k + len(syl)] == syl and all(linked[k + 1:k + len(syl)]) for k in starts):
                names.add(name)
    return names


class _State:
    """What the rules of one call of :func:`ocr_edits` share: the text, its tokens and their links,
    the syllables as repaired so far (``words``: a fix applied changes the context of the
    syllables after it), the edits found (by the index of their first token), the tokens a rule has
    taken, the evidence (lexicon, running-text model, document) and the threshold of a fix."""

    __slots__ = ("text", "toks", "linked", "words", "n", "lex", "lm", "doc", "edits", "taken",
                 "threshold")

    def __init__(self, text: str, toks: _Tokens, linked: list[bool], words: list[str],
                 lex: Lexicon, lm: Optional[SyllableModel], doc: _DocPairs,
                 threshold: float) -> None:
        self.text, self.toks, self.linked, self.words = text, toks, linked, words
        self.n = len(words)
        self.lex, self.lm, self.doc, self.threshold = lex, lm, doc, threshold
        self.edits: dict[int, Edit] = {}
        self.taken: set[int] = set()

    def left(self, i: int) -> Optional[str]:
        """The syllable before token i in its phrase, as repaired so far, or None."""
        return self.words[i - 1] if i > 0 and self.linked[i] else None

    def right(self, i: int) -> Optional[str]:
        """The syllable after token i in its phrase, as repaired so far, or None."""
        return self.words[i + 1] if i + 1 < self.n and self.linked[i + 1] else None

    def record(self, i: int, edit: Edit) -> bool:
        """Keep `edit` of token i; a fix (at the threshold or above) changes the syllable the
        following ones are judged beside. True when it did."""
        self.edits[i] = edit
        if edit.confidence >= self.threshold:
            self.words[i] = canonical(edit.after)
            return True
        return False


class _Syllable:
    """One syllable the rules judge: token i, its syllable as repaired so far (``w``) and as
    written (``surface``), its neighbours in its phrase, whether it is a valid syllable, part of a
    name (:func:`_in_name`), and a frequent word running text writes beside a neighbour
    (:func:`_settled`)."""

    __slots__ = ("i", "w", "surface", "left", "right", "valid", "name", "settled", "folded")

    def __init__(self, st: _State, i: int, valid: bool) -> None:
        self.i, self.w, self.surface, self.valid = i, st.words[i], st.toks.surface[i], valid
        self.left, self.right = st.left(i), st.right(i)
        self.name = self.surface[0].isupper() and _in_name(st.toks, st.linked, i)
        # a frequent word running text writes beside a neighbour changes only when a word of three
        # syllables or more, report vocabulary or running text demands it (not a document count)
        self.settled = valid and _settled(st.lm, self.left, self.w, self.right)
        self.folded = fold(self.w)


class _DocPairs:
    """The evidence of the document (:class:`DocumentEvidence`) as the rules ask for it: pairs
    as written, and for :meth:`repeats` with this text's repairs so far."""

    __slots__ = ("document", "words", "linked", "own", "_written")

    def __init__(self, document: DocumentEvidence, words: list[str], linked: list[bool],
                 own: bool) -> None:
        self.document, self.words, self.linked, self.own = document, words, linked, own
        # as written: counted on first use
        self._written: Optional[list[str] | Counter[Window]] = None if own else words[:]

    def count(self, window: Window) -> int:
        """How often the two-syllable `window` stands, as written, in the document."""
        return self.document.count(window)

    def count_now(self, window: Window) -> int:
        """How often the two-syllable `window` stands in the document, this text's repairs so far
        counted (a walk over this text: for the few syllables the running-text rules judge)."""
        pairs: list[Window] = list(compress(zip(self.words, self.words[1:]), self.linked[1:]))
        now = pairs.count(window)
        if self.own:
            return now
        written = self._written
        if not isinstance(written, Counter):
            assert written is not None    # not own: the words as written
            written = self._written = Counter(compress(zip(written, written[1:]), self.linked[1:]))
        return self.document.count(window) - written.get(window, 0) + now

    def supports(self, window: Window, i: int) -> bool:
        """True when the document writes the word `window` (token i repaired, with a neighbour)
        elsewhere, at least as often as it writes token i beside that neighbour as here ("tại chợ"
        twice and "tại chỗ" once: the market is meant)."""
        n = self.count(window)
        if not n:
            return False
        words, linked = self.words, self.linked
        if i + 1 < len(words) and linked[i + 1] and window[1] == words[i + 1]:
            written = (words[i], words[i + 1])
        else:
            written = (words[i - 1], words[i])
        return n >= self.count(written)

    def named_areas(self, lex: Lexicon) -> set[str]:
        """The districts and provinces the document names (capitalised, two syllables or more)."""
        return self.document.named_areas(lex)

    def repeats(self, left: Optional[str], w: str, right: Optional[str]) -> bool:
        """True when the document writes `w` beside one of its neighbours elsewhere too: a pairing
        written twice is meant, not a slip (OCR seldom misreads one word the same way twice)."""
        return (left is not None and self.count_now((left, w)) > 1) or \
            (right is not None and self.count_now((w, right)) > 1)
