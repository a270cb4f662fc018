"""OCR diacritic repair: a syllable whose tone, hat or breve was misread is put back, with context.

The rules, each explaining itself:

- ``ocr.place_name``: a run of capitalised syllables whose diacritic-free form is exactly one
  official place name, spelled otherwise ("Mường Ấng" → "Mường Ảng", "Ăng Nưa" → "Ẳng Nưa"). Where
  several places share the form, the one in the district (or province) the document names; with
  no "xã"/"huyện" before it, a run of valid syllables changes only when it is a whole run naming
  a place of the document's district ("hồ Ảng Càng" → "hồ Ẳng Cang" in a report on Mường Ảng). A
  syllable alone after "xã", its name cut off, becomes the first syllable of the document's
  district's communes of that form when they all spell it alike ("xã Ấng" → "xã Ẳng"). Left
  alone: a run that already is a place name, or a run of valid syllables with no administrative
  word and no district named (a person's name as often as a place).
- ``ocr.context``: a syllable that forms no known word with its neighbours is replaced by a
  same-form syllable that does ("thị trần" → "thị trấn", "đư nợ" → "dư nợ"). Left alone: a syllable
  already forming a word ("chi tiêu", "bản đồ"), and a common word unless the change completes a
  term of report vocabulary ("Đây mạnh" → "Đẩy mạnh", but "bản đó" stays). A two-syllable
  dictionary word alone is only a suggestion, applied when running text (below) agrees; when
  several candidates complete a word, running text chooses ("Cơng tác" → "Công tác", not "Cộng").
  A pair found only inside longer words explains nothing outside them ("trợ cua nhà"); a
  three-syllable word through such a pair puts back its misread neighbour ("công tác viên" →
  "cộng tác viên"); report vocabulary wins a syllable from a plain word whose other syllable
  belongs to a third word ("trường ban công tác" → "trưởng ban", but "trường ban đầu" stays).
  A word running text writes often, and beside its neighbour, is not overruled by the document's
  count ("chỉ số giá tăng" stays though the document writes "gia tăng"), and running text does
  not decide for a dictionary word it has never seen beside a function word ("có thẻ bảo hiểm").
- ``ocr.running_text``: a syllable that forms no word, where the syllable bigram model of running
  Vietnamese (:mod:`baocao.normalize.lm`) makes a same-form reading far likelier between its
  neighbours ("thực tiễn vơi các xã" → "với"). Left alone: a syllable that running text ever writes
  beside one of its neighbours, one the document writes beside the same neighbour twice, a
  syllable of a name (capitalised beside a capital), and any change without running-text evidence.
- ``ocr.document``: a syllable that neither the dictionary nor running text repairs takes the
  same-form spelling the whole document writes beside the same neighbour more often ("UBND huyẹn"
  → "UBND huyện" when "UBND huyện" stands elsewhere). For a valid syllable the evidence must be a
  pairing neither source knows, beside a word running text does not use often. Left alone: a tie
  (each spelling once), a common word, a foreign word without marks ("pano" beside "panô").
- ``ocr.non_word``: a token that is no Vietnamese syllable and has no deciding context becomes the
  valid syllable one slip away that most dictionary entries use ("chuấn" → "chuẩn"), or one with
  a letter OCR dropped when that is far commoner ("nhệm" → "nhiệm"). Left alone: a token without a
  vowel (an abbreviation: "ĐH"); inside a name it is only a suggestion.
- ``ocr.confusion``: a valid phrase that OCR produced from another valid phrase, fixed only where
  the context given in ``data/ocr_confusions.tsv`` holds ("chi tiêu NQ" → "chỉ tiêu NQ").

Syllables are judged beside their neighbours in a phrase: a capitalised syllable opening a line
(a heading, a sentence, an item) takes no context from the line before, and a word in capitals
beside none is an abbreviation ("NQ/TU"). Every edit carries a confidence of the ladder below
(VOCABULARY … SUGGESTED): fixes above THRESHOLD, suggestions below it.

>>> [(e.before, e.after, e.rule) for e in ocr_edits("Thị trần Mường Ấng và 10 chi tiêu NQ")]
[('trần', 'trấn', 'ocr.context'), ('Mường Ấng', 'Mường Ảng', 'ocr.place_name'), ('chi tiêu', 'chỉ tiêu', 'ocr.confusion')]
"""
from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from itertools import accumulate, compress, repeat
from operator import and_, itemgetter, mul, not_, or_
from pathlib import Path
from typing import Optional

import regex

from baocao.core.marks import split_tone
from baocao.normalize.edits import Edit
from baocao.core.fold import canonical, fold, key
from baocao.normalize.lexicon import lexicon
from baocao.normalize.lm import maybe_model
from baocao.options import OCR_THRESHOLD

DATA = Path(__file__).with_name("data")

# The confidence ladder: every OCR edit carries one of these. At THRESHOLD (the default of
# ``NormalizeConfig.threshold``) and above an edit is a fix and applied; below, a suggestion only.
# Every fix stands strictly above the threshold and every suggestion below it
# (tests/test_ocr_pieces.py), so a threshold raised a little demotes no rule by accident.
VOCABULARY = 0.95   # completes report vocabulary; an official place name after "xã", "huyện" …
DICTIONARY = 0.9    # a non-syllable completing a dictionary word; an official place name; a
                    # confusion of ocr_confusions.tsv in its context; both syllables of a term
SUPPORTED = 0.85    # a valid syllable with support: a long word, a rare syllable, the document,
                    # running text; a three-syllable word's misread neighbour
GUESS = 0.82        # a non-syllable's likeliest reading without deciding context
THRESHOLD = OCR_THRESHOLD
SUGGESTED = 0.6     # a plain dictionary word alone; a repair inside a name
FIXES = (VOCABULARY, DICTIONARY, SUPPORTED, GUESS)
SUGGESTIONS = (SUGGESTED,)
_TOKEN = regex.compile(r"\p{L}+")
_SPLIT = regex.compile(r"(\p{L}+)")
# An administrative word before a name, possibly heading a list: "xã Ảng Nưa", "các xã (Ăng Nưa,
# Búng Lao, Ăng Cang": every name of the list stands in the word's context.
_ADMIN_BEFORE = regex.compile(
    r"(?r)(?<!\p{L})(?i:huyện|xã|thị trấn|thị xã|tỉnh|phường|thành phố|TP\.?|bản|thôn)"
    r"\s*\(?\s*(?:\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3}\s*,\s*){0,6}\Z")
# The last syllable of an administrative word right before a name ("xã", "thị trấn", "thành phố").
_ADMIN_LAST = frozenset(("xã", "huyện", "trấn", "tỉnh", "phường", "phố", "bản", "thôn", "quận"))
_HAS_MARK = regex.compile(r"[^\x00-\x7f]")
_NONE: dict = {}        # a syllable that begins no pair of the lexicon
_VOWEL = regex.compile(r"[aeiouy]")
# Syllables are neighbours when one space, or a paragraph cut by a page break (newlines and
# spaces), stands between them: see _tokens.


@dataclass(frozen=True)
class _Confusion:
    wrong: str
    right: str
    context: regex.Pattern
    after: bool
    note: str


@cache
def _confusions() -> list[_Confusion]:
    path = DATA / "ocr_confusions.tsv"
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4 or not parts[2].startswith(("after:", "before:")):
            raise ValueError(f"{path}:{n}: expected wrong<TAB>right<TAB>after:RE|before:RE<TAB>note")
        side, pattern = parts[2].split(":", 1)
        compiled = regex.compile(f"(?i)(?:{pattern})" if side == "after" else f"(?ri)(?:{pattern})\\Z")
        out.append(_Confusion(parts[0], parts[1], compiled, side == "after", parts[3]))
    return out


@cache
def _confusion_pattern() -> regex.Pattern:
    alts = sorted({c.wrong for c in _confusions()}, key=len, reverse=True)
    return regex.compile(r"(?i)(?<!\p{L})(?:" + "|".join(regex.escape(a) for a in alts) + r")(?!\p{L})")


def _with_case(model: str, word: str) -> str:
    """Spell `word` in the case pattern of `model` (UPPER, Title or lower)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


class _Tokens:
    """The syllable tokens of a text, as (start, end, surface) on demand: the text is split once and
    the tuples are only built for the few tokens a rule looks at closely."""

    __slots__ = ("surface", "gaps", "_offs")

    def __init__(self, text: str):
        pieces = _SPLIT.split(text)
        self.surface = pieces[1::2]
        self.gaps = pieces[0::2]          # gaps[k] stands before token k; the last one ends the text
        self._offs = list(accumulate(map(len, pieces)))   # start of token k at 2k, end at 2k + 1

    def __len__(self) -> int:
        return len(self.surface)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[j] for j in range(*k.indices(len(self.surface)))]
        if k < 0:
            k += len(self.surface)
        return self._offs[2 * k], self._offs[2 * k + 1], self.surface[k]

    def index_at(self, start: int) -> Optional[int]:
        """The token starting at `start`, or None."""
        last = 2 * len(self.surface)
        k = bisect_left(self._offs, start, 0, last)
        return k // 2 if k < last and k % 2 == 0 and self._offs[k] == start else None


class _Links(dict):
    """Whether a gap links the syllables on its sides (one space, or a paragraph cut by a page
    break: newlines and spaces only), remembered per gap string."""

    def __missing__(self, gap: str) -> bool:
        linked = gap == " " or ("\n" in gap and not gap.strip(" \r\n"))
        if len(self) < 4096:
            self[gap] = linked
        return linked


_LINKS = _Links()
# A line break (spaces and newlines only) before a capital: the capital opens a line.
_LINE_OPENS = regex.compile(r"\n[ \r\n]*(?=\p{Lu})")


def _tokens(text: str):
    """Syllable tokens and, for each, whether it is linked to its left neighbour in one phrase. A
    capitalised syllable after a line break begins a line (a heading, a sentence, an item of a
    list: "đô la Mỹ\nTháng 12/2024"), not the rest of a paragraph a page break cut: not linked."""
    toks = _Tokens(text)
    n = len(toks)
    linked = [False] + list(map(_LINKS.__getitem__, toks.gaps[1:n])) if n else []
    for m in _LINE_OPENS.finditer(text):     # line breaks are few: no Python step per syllable
        k = toks.index_at(m.end())
        if k:
            linked[k] = False
    return toks, linked


class Document:
    """What a whole document writes, as evidence for repairs in any part of it: how often each pair
    of neighbouring syllables occurs, and the districts and provinces it names. The normalizer
    reads a long text in chunks; each is judged with the evidence of the whole document (a word
    spelled right on page 3 speaks for the same word misread on page 30). Gathered on first use
    (most texts never ask), over its pieces in turn.

    >>> d = Document("điểm tiểu cảnh, điểm vui chơi")
    >>> d.count(("tiểu", "cảnh")), d.count(("cảnh", "điểm"))
    (1, 0)
    """

    __slots__ = ("_parts", "_pairs", "_names")

    def __init__(self, text: str, _parts=None):
        # _parts: [(canonical syllables, links, surfaces)] of the pieces of `text`, when the
        # caller has them (the normalizer's chunks, tokenized once for both uses); else `text`
        # is tokenized here, whole
        if _parts is None:
            toks, linked, words = tokenized(text)
            _parts = [(words, linked, toks.surface)]
        self._parts, self._pairs, self._names = _parts, None, None

    def count(self, window) -> int:
        """How often the two syllables `window` stand side by side in the document."""
        if self._pairs is None:
            self._pairs = Counter()
            for words, linked, _ in self._parts:
                self._pairs.update(compress(zip(words, words[1:]), linked[1:]))
        return self._pairs.get(window, 0)

    def named_areas(self, lex) -> set:
        """The districts and provinces the document names (capitalised, two syllables or more)."""
        if self._names is None:
            self._names = set()
            for words, linked, surface in self._parts:
                self._names |= _named_areas(lex, words, linked, surface)
        return self._names


def _named_areas(lex, words, linked, surface) -> set:
    # capitalised pairs that may open such a name (a C-level sweep finds their openers)
    opening: dict[str, list] = {}
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


def tokenized(text: str):
    """(tokens, links, canonical syllables) of `text`, for :func:`ocr_edits` and :class:`Document`
    to share."""
    toks, linked = _tokens(text)
    return toks, linked, list(map(canonical, toks.surface))


class _State:
    """What the rules of one call of :func:`ocr_edits` share: the text, its tokens and their links,
    the syllables as repaired so far (``words``: a fix applied changes the context of the
    syllables after it), the edits found (by the index of their first token), the tokens a rule has
    taken, the evidence (lexicon, running-text model, document) and the threshold of a fix."""

    __slots__ = ("text", "toks", "linked", "words", "n", "lex", "lm", "doc", "edits", "taken",
                 "threshold")

    def __init__(self, text, toks, linked, words, lex, lm, doc, threshold):
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

    def __init__(self, st: _State, i: int, valid: bool):
        self.i, self.w, self.surface, self.valid = i, st.words[i], st.toks.surface[i], valid
        self.left, self.right = st.left(i), st.right(i)
        self.name = self.surface[0].isupper() and _in_name(st.toks, st.linked, i)
        # a frequent word running text writes beside a neighbour changes only when a word of three
        # syllables or more, report vocabulary or running text demands it (not a document count)
        self.settled = valid and _settled(st.lm, self.left, self.w, self.right)
        self.folded = fold(self.w)


def ocr_edits(text: str, threshold: float = THRESHOLD, document: Optional[Document] = None,
              tokens=None) -> list[Edit]:
    """Return OCR repair edits of `text` (its own coordinates), applied ones and suggestions.

    Edits below `threshold` are suggestions: they are returned but do not change the context the
    following syllables are judged in. `document`: the whole document `text` is part of, whose
    words are evidence (by default `text` itself); `tokens`: :func:`tokenized` of `text`, when the
    caller has it.
    """
    lex = lexicon()
    lm = maybe_model()
    toks, linked, written = tokens or tokenized(text)
    words = written[:]

    own = document is None
    if own:
        document = Document(text, [(written, linked, toks.surface)])
    st = _State(text, toks, linked, words, lex, lm, _DocPairs(document, words, linked, own), threshold)
    _place_names(st)
    _confusion_fixes(st)

    n = len(toks)
    syllables, bigrams = lex.syllables, lex.bigrams
    # Most syllables are valid and already form a word with a neighbour: find them in one sweep
    # (C-level maps over the whole text, no Python step per syllable).
    # pair[k] (tokens k-1, k): 0 no word, 1 a word, 3 a pair found only inside longer words
    after = map(lex.bigram_next.get, words, repeat(_NONE))   # the words each syllable begins
    pair = [False, *map(mul, linked[1:], map(dict.get, after, words[1:], repeat(0))), False]
    # A pair found only inside longer words explains its syllables only inside such a word of
    # three as written ("cộng tác viên" explains "tác viên"; "hỗ trợ cua nhà" leaves "cua"
    # unexplained; inside a word of four, the pairs beside it explain the syllables).
    known = lex.words
    loose = []
    k = 0
    try:
        while True:
            k = pair.index(3, k + 1)     # C-level search: such pairs are few
            if (pair[k - 1] != 1 or pair[k + 1] != 1) and not (   # else words beside explain both
                    (k > 1 and linked[k - 1] and f"{words[k - 2]} {words[k - 1]} {words[k]}" in known)
                    or (k + 1 < n and linked[k + 1] and f"{words[k - 1]} {words[k]} {words[k + 1]}" in known)):
                loose.append(k)
    except ValueError:
        pass
    for k in loose:
        pair[k] = 0
    explained = list(map(or_, pair[:-1], pair[1:]))
    unclear = list(compress(range(n), map(not_, map(and_, explained,
                                                      map(syllables.__contains__, words)))))
    # Of the valid syllables that form no word, only those with a same-form syllable that would
    # form one with a neighbour can change: look up (left, fold) and (fold, right) once each.
    folds = [fold(words[i]) for i in unclear]
    left_fold, right_fold = lex.left_fold, lex.right_fold
    lm_left, lm_right, lm_pairs, lm_frequent = (
        (lm.left_fold, lm.right_fold, lm.pairs, lm.frequent) if lm is not None else ((),) * 4)
    todo = [i for i, f in zip(unclear, folds)
            if words[i] not in syllables
            or (linked[i] and f"{words[i - 1]} {f}" in left_fold)
            or (i + 1 < n and linked[i + 1] and f"{f} {words[i + 1]}" in right_fold)
            # running text has a same-form syllable beside a neighbour, and never this one (a
            # syllable it writes often is not looked at on its grounds alone)
            or (words[i] not in lm_frequent and ((linked[i] and f"{words[i - 1]} {f}" in lm_left)
                 or (i + 1 < n and linked[i + 1] and f"{f} {words[i + 1]}" in lm_right))
                and not (linked[i] and f"{words[i - 1]} {words[i]}" in lm_pairs)
                and not (i + 1 < n and linked[i + 1] and f"{words[i]} {words[i + 1]}" in lm_pairs))]
    unexplained = []
    judged = set()
    changed_before = False
    # Only syllables that form no word, or are no syllable, need a look; after a repair the next
    # syllable is looked at too, its context having changed.
    pos, extra = 0, None
    while True:
        if extra is not None:
            i, extra = extra, None
        elif pos < len(todo):
            i, pos = todo[pos], pos + 1
        else:
            break
        judged.add(i)
        if i in st.taken:
            continue
        w = words[i]
        valid = w in syllables   # a repair may have changed words[i]
        if changed_before:   # the syllable before was just repaired: judge this one afresh
            changed_before = False
            if valid and (key(st.left(i), w) in bigrams or key(w, st.right(i)) in bigrams):
                continue
        elif valid and explained[i]:
            continue  # already part of a word
        unexplained.append(i)
        surface = toks.surface[i]
        if not valid and not _HAS_MARK.search(surface) and not surface.islower():
            continue  # an abbreviation or a foreign name, not a damaged syllable
        if valid and _abbreviation(toks, linked, i):
            continue  # "02-NQ/TU ngày": an abbreviation that reads as a syllable
        edit = _judge(st, _Syllable(st, i, valid))
        if edit is not None and st.record(i, edit):
            changed_before = True
            if i + 1 < n and (pos >= len(todo) or todo[pos] != i + 1):
                extra = i + 1
    _three_syllable_fixes(st, pair, loose)
    # the syllables left out of the look form no word either: two such may still be a misread term
    unexplained += [i for i in unclear if i not in judged]
    firsts = lex.vocab_firsts
    _pair_fixes(st, unexplained, [i for i, f in zip(unclear, folds) if f in firsts])
    return sorted(st.edits.values(), key=lambda e: e.start)


def _judge(st: _State, s: _Syllable) -> Optional[Edit]:
    """The edit of a syllable that forms no word, or is no syllable, by the first rule that
    decides: the dictionary (``ocr.context``), running text (``ocr.running_text``), the document
    (``ocr.document``); failing them, a non-syllable's likeliest reading (``ocr.non_word``, which
    it records itself: a guess gives its neighbours no new context)."""
    if s.left is None and s.right is None:
        if not s.valid and _HAS_MARK.search(s.surface):   # no context: the likeliest syllable
            _guess_non_word(st, s)
        return None
    edit, tied, chance = _dictionary_rule(st, s)
    if (edit is None or edit.confidence < SUPPORTED) and not chance:
        edit = _running_text_rule(st, s) or edit
    if edit is None and not tied:
        edit = _document_edit(st, s)
    if edit is None and not tied and not s.valid and _HAS_MARK.search(s.surface):
        _guess_non_word(st, s)
    return edit


def _dictionary_rule(st: _State, s: _Syllable):
    """(the ``ocr.context`` edit or None, the candidates tied for it, whether the word it would
    make is a chance meeting (:func:`_chance_meeting`)): a same-form candidate that completes the
    longest word with the neighbours (report vocabulary first); several completing words as well
    are told apart by running text. A plain dictionary word only suggested is applied when running
    text agrees."""
    lex, lm, w, left, right, i = st.lex, st.lm, s.w, s.left, s.right, s.i
    bigrams = lex.bigrams
    best = None   # (length, in report vocabulary, the word, candidate)
    tied = []
    f = s.folded
    # a same-form candidate can complete a word only if one exists beside a neighbour
    dict_left, dict_right = key(left, f) in lex.left_fold, key(f, right) in lex.right_fold
    for c in lex.same_form(f) if dict_left or dict_right else ():
        if c == w or not ((dict_left and f"{left} {c}" in bigrams)
                          or (dict_right and f"{c} {right}" in bigrams)):
            continue
        found = _longest_word(lex, st.words, st.linked, i, c)
        if found is None:
            continue
        if best is None or found[:2] > best[:2]:
            best, tied = (*found, c), [c]
        elif found[:2] == best[:2]:
            tied.append(c)
    tie_why = None
    if len(tied) > 1:
        # several candidates complete a word as well: running text may tell them apart
        pick = _lm_pick(lm, left, w, right, tied) if lm is not None else None
        best = None if pick is None else (*_longest_word(lex, st.words, st.linked, i, pick[0]), pick[0])
        tie_why = pick and f"{pick[1]} to {', '.join(repr(c) for c in tied if c != pick[0])}"
    if best is not None and s.valid and not best[1] and lm is not None and (
            (left and lm.seen(left, w) >= _VETO) or (right and lm.seen(w, right) >= _VETO)):
        best = None   # running text often writes the syllable beside this neighbour
    if best is None:
        return None, tied, False
    chance = s.valid and _chance_meeting(lex, lm, w, best)
    edit = _context_edit(st, s, best)
    if edit is not None and tie_why:
        edit = replace(edit, why=f"{edit.why}; {tie_why}")
    if edit is not None and edit.confidence < SUPPORTED and lm is not None and not chance:
        # a plain dictionary word, only suggested: applied when running text agrees
        pick = _lm_pick(lm, left, w, right, lex.same_form(f), w, _LM_AGREE)
        if pick is not None and pick[0] == best[3] and not st.doc.repeats(left, w, right):
            edit = replace(edit, confidence=SUPPORTED, why=f"{edit.why}; {pick[1]}")
    return edit, tied, chance


def _running_text_rule(st: _State, s: _Syllable) -> Optional[Edit]:
    """The ``ocr.running_text`` edit: no word decides, or only weakly; running text alone, with a
    wide margin, a syllable of a name excepted."""
    lm, w, left, right, f = st.lm, s.w, s.left, s.right, s.folded
    if lm is None or (s.valid and s.name) \
            or not (key(left, f) in lm.left_fold or key(f, right) in lm.right_fold) \
            or (s.valid and (key(left, w) in lm.pairs or key(w, right) in lm.pairs)):
        return None
    pick = _lm_pick(lm, left, w, right, st.lex.same_form(f), w if s.valid else None,
                    _LM_MARGIN if left is not None and right is not None else _LM_ONE_SIDE)
    if pick is None or (s.valid and st.doc.repeats(left, w, right)):
        return None   # a pairing the document writes twice is meant
    cand, why = pick
    if not s.valid:
        why = f'"{w}" is no Vietnamese syllable; {why}'
    return Edit(st.toks[s.i][0], st.toks[s.i][1], s.surface, _with_case(s.surface, cand),
                "ocr.running_text", SUGGESTED if s.name else SUPPORTED, why)


# Running-text judgement (lm.py). Scores are natural logs of how likely the syllable's neighbours
# are with it; see _lm_pick. The figures were chosen on held-out VLSP text (see docs).
_LM_MARGIN = 8.0        # a valid syllable changes on running-text evidence alone by this much
_LM_ONE_SIDE = 10.0     # … or by this much when it has a neighbour on one side only
_LM_AGREE = 5.0         # a dictionary suggestion is applied when running text prefers it this much
_LM_SEPARATE = 2.0      # the chosen candidate beats every other candidate by this much
_VETO = 3            # a dictionary-only repair is dropped when running text writes the pair this often
_SLIP_COST = 2.0        # each slip beyond the first (a tone and a hat misread together) costs this


class _DocPairs:
    """The evidence of the document (:class:`Document`) as the rules ask for it: pairs as written,
    and for :meth:`repeats` with this text's repairs so far."""

    __slots__ = ("document", "words", "linked", "own", "_written")

    def __init__(self, document, words, linked, own):
        self.document, self.words, self.linked, self.own = document, words, linked, own
        self._written = None if own else words[:]     # as written: counted on first use

    def count(self, window) -> int:
        """How often the two-syllable `window` stands, as written, in the document."""
        return self.document.count(window)

    def count_now(self, window) -> int:
        """How often the two-syllable `window` stands in the document, this text's repairs so far
        counted (a walk over this text: for the few syllables the running-text rules judge)."""
        now = list(compress(zip(self.words, self.words[1:]), self.linked[1:])).count(window)
        if self.own:
            return now
        if not isinstance(self._written, Counter):
            self._written = Counter(compress(zip(self._written, self._written[1:]), self.linked[1:]))
        return self.document.count(window) - self._written.get(window, 0) + now

    def supports(self, window, i) -> bool:
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

    def named_areas(self, lex) -> set:
        """The districts and provinces the document names (capitalised, two syllables or more)."""
        return self.document.named_areas(lex)

    def repeats(self, left, w, right) -> bool:
        """True when the document writes `w` beside one of its neighbours elsewhere too: a pairing
        written twice is meant, not a slip (OCR seldom misreads one word the same way twice)."""
        return (left is not None and self.count_now((left, w)) > 1) or \
            (right is not None and self.count_now((w, right)) > 1)


def _chance_meeting(lex, lm, w, best) -> bool:
    """True when the word `best` would make of the valid syllable `w` is a plain two-syllable word
    with a common word ("có thể", "quả là": a function word meets any word), and `w` is a word of
    many dictionary entries that running text has (almost) never seen ("có thẻ bảo hiểm", "tặng
    quà là"): running text's preference is then its prior, not evidence about this syllable. (The
    document's count of the word still counts: in a short piece it seldom speaks.)"""
    length, vocab, window, cand = best
    if length != 2 or vocab or lm is None:
        return False
    if lex.entries.get(w, 0) < _SETTLED or lm.count.get(w, 0) > _UNSEEN:
        return False
    partner = window[1] if window[0] == cand else window[0]
    return partner in lex.common


def _settled(lm, left, w, right) -> bool:
    """True when the valid syllable `w` is a word running text writes often, and beside one of
    these neighbours too ("chỉ số giá tăng", "được thế bao vây"): its being written so is evidence
    that a count of the document does not overrule."""
    return lm is not None and w in lm.frequent and (lm.seen(left, w) > 0 or lm.seen(w, right) > 0)


def _context_edit(st: _State, s: _Syllable, best) -> Optional[Edit]:
    """The ``ocr.context`` edit making the syllable the candidate of `best` (length, in report
    vocabulary, the word, candidate), with its confidence; None when a common word would change
    without report vocabulary. A settled syllable (:func:`_settled`) is overruled neither by its
    rarity nor by the document's count."""
    length, vocab, window, cand = best
    lex, w, valid, i = st.lex, s.w, s.valid, s.i
    if valid and w in lex.common and not vocab:
        return None  # a common word changes only to complete report vocabulary
    # A two-syllable dictionary word alone is too often a chance meeting at a word boundary
    # to change a valid syllable: it stays a suggestion unless more speaks for it.
    if vocab:
        conf = VOCABULARY
    elif not valid:
        conf = DICTIONARY
    elif length >= 3 or (not s.settled and (lex.entries.get(w, 0) <= _RARE or st.doc.supports(window, i))):
        # a long word; a syllable so rare it is likelier a slip than meant; or a word the
        # document itself writes correctly elsewhere
        conf = SUPPORTED
    else:
        conf = SUGGESTED
    return Edit(st.toks[i][0], st.toks[i][1], s.surface, _with_case(s.surface, cand), "ocr.context",
                conf, _why(window, w, vocab))


def _document_edit(st: _State, s: _Syllable) -> Optional[Edit]:
    """The ``ocr.document`` edit of token i, which forms no word and which neither the dictionary
    nor running text repairs: the same-form syllable (at most two slips away) that the document
    writes beside the same neighbour more often than it writes this one there ("điểm tiêu cảnh"
    once, "tiểu cảnh" on two other pages). For a valid syllable the evidence must be a pairing
    neither the dictionary nor running text knows (a term of the document, not a chance meeting
    of two words) beside a neighbour running text does not use often. Left alone: a common word,
    a syllable running text writes beside one of its neighbours, a foreign word without marks
    ("pano" beside "panô"); inside a name it is only a suggestion."""
    lex, lm, w, surface, left, right, valid = st.lex, st.lm, s.w, s.surface, s.left, s.right, s.valid
    if not valid and not _HAS_MARK.search(surface):
        return None
    if valid and (w in lex.common or (lm is not None and (key(left, w) in lm.pairs or key(w, right) in lm.pairs))):
        return None
    count = st.doc.count
    frequent = lm.frequent if lm is not None and valid else ()
    sides = [(pos, x, count((x, w) if pos == 0 else (w, x)))
             for pos, x in ((0, left), (1, right)) if x is not None and x not in frequent]
    best, tied, at = 0, [], None
    for c in lex.same_form(s.folded) if sides else ():
        if c == w:
            continue
        seen = where = 0
        for pos, x, mine in sides:
            pair = (x, c) if pos == 0 else (c, x)
            k = count(pair)
            if k <= seen or (k <= mine if valid else k < mine):
                continue
            joined = " ".join(pair)
            if valid and (joined in lex.bigrams or (lm is not None and joined in lm.pairs)):
                continue
            seen, where = k, pos
        if not seen or _slips(w, c) > 2:
            continue
        if seen > best:
            best, tied, at = seen, [c], where
        elif seen == best:
            tied.append(c)
    if len(tied) != 1:
        return None
    cand = tied[0]
    pair, written = ((left, cand), (left, w)) if at == 0 else ((cand, right), (w, right))
    why = (f'the document writes "{" ".join(pair)}" {best}×, "{" ".join(written)}" {count(written)}×'
           if valid else
           f'"{w}" is no Vietnamese syllable; the document writes "{" ".join(pair)}" {best}×')
    return Edit(st.toks[s.i][0], st.toks[s.i][1], surface, _with_case(surface, cand), "ocr.document",
                SUGGESTED if s.name else SUPPORTED, why)


def _abbreviation(toks, linked, i) -> bool:
    """True when token i is written in capitals (two letters or more) and no neighbour in its
    phrase is: an abbreviation ("NQ/TU", "UBND tỉnh"), not a word of a heading in capitals."""
    s = toks.surface
    if len(s[i]) < 2 or not s[i].isupper():
        return False
    return not ((linked[i] and len(s[i - 1]) > 1 and s[i - 1].isupper()) or
                (i + 1 < len(s) and linked[i + 1] and len(s[i + 1]) > 1 and s[i + 1].isupper()))


def _in_name(toks, linked, i) -> bool:
    """True when token i is capitalised beside a capitalised neighbour: part of a name, which
    neither the dictionary nor running text knows. A capital alone starts a sentence or a term."""
    if not toks.surface[i][:1].isupper():
        return False
    n = len(linked)
    return (linked[i] and toks.surface[i - 1][:1].isupper()) or \
        (i + 1 < n and linked[i + 1] and toks.surface[i + 1][:1].isupper())


def _phrase(left, w, right) -> str:
    return " ".join(x for x in (left, w, right) if x)


_RANKED: dict = {}


def _ranked(lm, left, w, right, cands) -> list:
    """The candidates other than `w`, best first, as (score, candidate): the model's score between
    the neighbours, less _SLIP_COST for each slip beyond the first. Remembered for the last few
    thousand contexts (a context recurs: "trong dó" …)."""
    key = (id(lm), left, w, right, cands)
    out = _RANKED.get(key)
    if out is None:
        if len(_RANKED) > 4096:
            _RANKED.clear()
        out = _RANKED[key] = sorted(
            ((lm.score(left, c, right) - _SLIP_COST * max(_slips(w, c) - 1, 0), c)
             for c in cands if c != w), reverse=True)
    return out


def _lm_pick(lm, left, w, right, cands, written=None, margin=None):
    """(candidate, why) that running text prefers between `left` and `right`, or None.

    Each candidate is scored by the model (a slip beyond the first costs _SLIP_COST) and the best
    must beat every other by _LM_SEPARATE. With `written` (a valid syllable as written) the best
    must also beat it by `margin`, be seen in running text beside a neighbour while the written
    syllable never is: a valid word changes only on evidence, never on a prior alone.
    """
    if left is None and right is None:
        return None
    seen = lm.pairs     # a neighbour that is None never matches: boundaries are ""
    if margin is not None:
        # evidence first (cheap): a candidate seen beside a neighbour, the written syllable never
        if written is not None and (key(left, written) in seen or key(written, right) in seen):
            return None
        f = fold(w)
        if key(left, f) not in lm.left_fold and key(f, right) not in lm.right_fold:
            return None
    scored = _ranked(lm, left, w, right, tuple(cands))
    if not scored or (len(scored) > 1 and scored[0][0] - scored[1][0] < _LM_SEPARATE):
        return None
    s, c = scored[0]
    if margin is None:
        return c, f'running text prefers "{_phrase(left, c, right)}"'
    if key(left, c) not in seen and key(c, right) not in seen:
        return None
    if written is None:
        return c, f'running text makes "{_phrase(left, c, right)}" the likeliest reading'
    gain = s - lm.score(left, written, right)
    if gain < margin:
        return None
    return c, (f'running text makes "{_phrase(left, c, right)}" {math.exp(gain):,.0f} times '
               f'likelier than "{_phrase(left, written, right)}"')


_RARE = 3   # a valid syllable found in at most this many dictionary entries counts as rare
_SETTLED = 10   # … and in this many or more, a word of the language in its own right
_UNSEEN = 1     # a syllable running text writes at most this often is one it does not know


def _slips(a: str, b: str) -> int:
    """How many OCR slips turn `a` into `b`: one per changed hat/breve/stroke, one for the tone."""
    (la, ta), (lb, tb) = split_tone(a), split_tone(b)
    if len(la) != len(lb):
        return 9
    return sum(x != y for x, y in zip(la, lb)) + (ta != tb)


# The letters OCR drops inside a syllable: a vowel of a cluster ("nhiệm" → "nhệm"), or the h or g
# of a digraph ("nghị" → "ngị"); marks are folded away.
_DROPPED = "aeiouyhg"
_DROP_ODDS = 4   # a dropped letter is believed over a misread mark only when its syllable is in
                 # this many times as many dictionary entries: OCR slips marks far more often


def _dropped_letter(lex, w: str) -> list[str]:
    """Valid syllables that read `w` when one of their letters is left out ("nhiệm" → "nhệm")."""
    f = fold(w)
    out = set()
    for p in range(len(f) + 1):
        for ch in _DROPPED:
            for c in lex.same_form(f[:p] + ch + f[p:]):
                if any(c[:q] + c[q + 1:] == w for q in range(len(c))):
                    out.add(c)
    return sorted(out, key=lambda c: (-lex.entries.get(c, 0), c))


def _guess_non_word(st: _State, s: _Syllable) -> None:
    """A syllable that is no Vietnamese syllable, with no context to decide: the valid syllable one
    slip away (the fewest slips), and among those the one running text clearly prefers between its
    neighbours, else the one found in most dictionary entries; or a syllable with one letter more,
    when it is far commoner and no rare word ("nhệm" → "nhiệm", not "nhẹm").
    Applied, except inside a name (capitalised beside a capitalised neighbour: "Vừ A Bằng"), where
    it is only a suggestion."""
    lex, lm, w, left, right, name = st.lex, st.lm, s.w, s.left, s.right, s.name
    if not _VOWEL.search(s.folded):
        return   # no vowel: an abbreviation ("ĐH", "HĐND"), not a damaged syllable
    entries = lex.entries
    why_lm = ""
    cands = [c for c in lex.same_form(s.folded) if c != w]
    near = []
    if cands:
        fewest = min(_slips(w, c) for c in cands)
        if fewest <= 1:
            near = sorted((c for c in cands if _slips(w, c) == fewest),
                          key=lambda c: (-entries.get(c, 0), c))
            if len(near) > 1 and lm is not None and (left is not None or right is not None):
                # running text between the neighbours tells the readings apart when it
                # separates them clearly ("nhận huyển đạt": "huyện", not "huyền")
                scored = sorted(((lm.score(left, c, right), c) for c in near), reverse=True)
                if scored[0][0] - scored[1][0] >= _LM_SEPARATE:
                    near = [c for _, c in scored]
                    why_lm = f'; running text prefers "{_phrase(left, near[0], right)}"'
    # a syllable with a letter OCR dropped, when it is a word in its own right (not a rare one:
    # "Thườ", a word cut at a line's end, is no "Thười")
    longer = [c for c in _dropped_letter(lex, w) if entries.get(c, 0) > _RARE] if not name else ()
    if longer and (not near or entries.get(longer[0], 0) >= _DROP_ODDS * entries.get(near[0], 0)):
        near, why = longer, "has one letter more and is the most common"
    elif why_lm:
        why = "is one slip away" + why_lm
    else:
        why = "is one slip away and the most common"
    if not near or (len(near) > 1 and not why_lm and entries.get(near[0], 0) == entries.get(near[1], 0)):
        return
    cand = near[0]
    st.record(s.i, Edit(st.toks[s.i][0], st.toks[s.i][1], s.surface, _with_case(s.surface, cand),
                        "ocr.non_word", SUGGESTED if name else GUESS,
                        f'"{w}" is no Vietnamese syllable; "{cand}" {why}'))


def _longest_word(lex, words, linked, i, cand):
    """(length, in report vocabulary, the word) of the longest known word through token i when it reads
    `cand`, or None. Dictionary words have 2 to 4 syllables and report terms up to 6; a word may not
    cross a phrase break, nor take a neighbour that already forms a word outside it ("kết quả đạt"
    is no "quả đất")."""
    n = len(words)
    best = None
    left = words[i - 1] if i > 0 and linked[i] else None
    right = words[i + 1] if i + 1 < n and linked[i + 1] else None
    left2 = words[i - 2] if left is not None and i > 1 and linked[i - 1] else None
    right2 = words[i + 2] if right is not None and i + 2 < n and linked[i + 2] else None
    tri = lex.trigrams
    longer = key(left2, left, cand) in tri or key(left, cand, right) in tri or key(cand, right, right2) in tri
    if not longer:   # the usual case: a two-syllable word with the right or the left neighbour
        for window, lo in (((cand, right), i), ((left, cand), i - 1)):
            if None in window:
                continue
            joined = " ".join(window)
            is_vocab = joined in lex.vocab
            if not is_vocab and (best is not None or joined not in lex.words):
                continue
            if _steals(lex, words, linked, lo, lo + 2, is_vocab):
                continue
            if is_vocab:
                return 2, True, window
            best = (2, False, window)
        return best
    for length in (6, 5, 4, 3, 2):
        for k in range(length):
            lo, hi = i - k, i - k + length
            if lo < 0 or hi > n or not all(linked[j] for j in range(lo + 1, hi)):
                continue
            window = tuple(cand if j == i else words[j] for j in range(lo, hi))
            joined = " ".join(window)
            is_vocab = joined in lex.vocab
            if not is_vocab and (best is not None or length > 4 or joined not in lex.words):
                continue
            if _steals(lex, words, linked, lo, hi, is_vocab):
                continue
            if is_vocab:
                return length, True, window
            best = (length, False, window)
        if best is not None:
            return best
    return None


def _steals(lex, words, linked, lo, hi, vocab=False) -> bool:
    """True when the first or last syllable of [lo, hi) already forms a word with the syllable
    outside it. Against a term of report vocabulary, a plain word steals only if its own other
    syllable is free: "trưởng ban công tác" keeps "trưởng ban", the "công" of "ban công"
    (balcony) being taken by "công tác"; "ngôi trường ban đầu" keeps "ban đầu"."""
    n = len(words)
    bigrams = lex.bigrams
    if lo > 0 and linked[lo] and f"{words[lo - 1]} {words[lo]}" in bigrams:
        if not vocab or f"{words[lo - 1]} {words[lo]}" in lex.vocab or not (
                lo > 1 and linked[lo - 1] and bigrams.get(f"{words[lo - 2]} {words[lo - 1]}") == 1):
            return True
    if hi < n and linked[hi] and f"{words[hi - 1]} {words[hi]}" in bigrams:
        if not vocab or f"{words[hi - 1]} {words[hi]}" in lex.vocab or not (
                hi + 1 < n and linked[hi + 1] and bigrams.get(f"{words[hi]} {words[hi + 1]}") == 1):
            return True
    return False


def _why(window, original, vocab) -> str:
    src = "report vocabulary" if vocab else "in the dictionary"
    return f'"{" ".join(window)}" is {src}; "{original}" forms no word here'


def _three_syllable_fixes(st: _State, pair, loose) -> None:
    """Two syllables that meet only inside longer dictionary words ("tác viên", of "cộng tác
    viên") and form none here: a three-syllable word of the same form through them, one neighbour
    misread, is put back ("công tác viên" → "cộng tác viên", though "công tác" is a word). Left
    alone: a pair inside such a word as written, or whose far syllable is part of a word on its
    other side ("công tác viên chức": "viên chức"), a neighbour that forms a word on its other side
    ("Việt Nam hòa bình" is no "Việt Nam hóa"), and a common word ("chó cắn cần" stays).
    `pair`, `loose`: as in :func:`ocr_edits`."""
    toks, linked, words, lex, edits, taken = st.toks, st.linked, st.words, st.lex, st.edits, st.taken
    n = len(words)
    if n < 3:
        return
    by_fold3, common, heads3, tails3 = lex.words3_by_fold, lex.common, lex.heads3, lex.tails3
    for k in loose:    # pairs found only inside longer words, and no such word here
        a, b = k - 1, k
        # the misread neighbour is left of the pair (window a-1, a, b: the pair ends a word of
        # three) or right of it (a, b, b+1: the pair begins one); the pair's far syllable must
        # form no word on its other side
        ab = f"{words[a]} {words[b]}"
        for lo, out, far_pair, ends in ((a - 1, a - 1, k + 1, tails3), (a, b + 1, k - 1, heads3)):
            if pair[far_pair] or ab not in ends or lo < 0 or lo + 3 > n or \
                    not (linked[lo + 1] and linked[lo + 2]):
                continue
            window = (words[lo], words[lo + 1], words[lo + 2])
            if out in edits or out in taken or words[out] in common:
                continue
            # the misread neighbour already forms a word on its other side: "Việt Nam hòa bình"
            # stays (no "Việt Nam hóa")
            if pair[out if out == lo else out + 1]:
                continue
            cands = [w for w in map(str.split, by_fold3.get(" ".join(map(fold, window)), "").splitlines())
                     if all(w[j] == window[j] for j in range(3) if lo + j != out)]
            if len(cands) != 1:
                continue
            word = cands[0]
            surface = toks[out][2]
            after = _with_case(surface, word[out - lo])
            st.record(out, Edit(toks[out][0], toks[out][1], surface, after, "ocr.context", SUPPORTED,
                                 f'"{" ".join(word)}" is in the dictionary; "{" ".join(window)}" is no word'))
            break


def _pair_fixes(st: _State, unexplained, starts) -> None:
    """Two adjacent syllables that form no word and are both misread ("phân đầu" → "phấn đấu"):
    replaced when their folded form is exactly one two-syllable term of report vocabulary.
    `unexplained`: the tokens that form no word; `starts`: those whose folded form may begin such
    a term."""
    text, toks, linked, words, lex, edits, taken = st.text, st.toks, st.linked, st.words, st.lex, st.edits, st.taken
    pending = set(unexplained) - taken - set(edits)
    for i in sorted(pending.intersection(starts)):
        if i + 1 not in pending or not linked[i + 1]:
            continue
        if words[i] in lex.common and words[i + 1] in lex.common:
            continue  # "Phần đầu của báo cáo": two common words; ocr_confusions.tsv needs context
        term = lex.vocab_by_fold.get(f"{fold(words[i])} {fold(words[i + 1])}")
        if term is None or term == f"{words[i]} {words[i + 1]}":
            continue
        s, e = toks[i][0], toks[i + 1][1]
        surface = text[s:e]
        after = " ".join(_with_case(a, b) for a, b in zip((toks[i][2], toks[i + 1][2]), term.split(" "))) \
            if text[toks[i][1]:toks[i + 1][0]] == " " else None
        if after is None:
            continue
        edits[i] = Edit(s, e, surface, after, "ocr.context", DICTIONARY,
                        f'"{term}" is report vocabulary; "{canonical(surface)}" forms no word')
        pending.discard(i + 1)


def _place_names(st: _State) -> None:
    """Runs of two or three capitalised syllables are tried from every syllable that can open a
    place name, longest first; a name found is not looked into again. A capitalised syllable alone
    after an administrative word may begin a cut commune name."""
    toks, linked, words, lex = st.toks, st.linked, st.words, st.lex
    surface = toks.surface
    n = len(surface)
    first = lex.place_first
    done = -1
    for i in compress(range(n), map(str.isupper, map(itemgetter(0), surface))):
        if i <= done:
            continue
        if i + 1 >= n or not linked[i + 1] or not surface[i + 1][0].isupper():
            if i and linked[i] and words[i - 1] in _ADMIN_LAST and not surface[i - 1][0].isupper():
                _place_head(st, i)
            continue
        if fold(surface[i]) not in first:
            continue
        j = i + 1
        if j + 1 < n and linked[j + 1] and surface[j + 1][0].isupper():
            j += 1
        used = _place_at(st, i, j)
        if used:
            done = i + used - 1


def _local(lex, doc, folded):
    """(official spelling, the district or province it lies in, 1 for a district or 2 for a
    province) of the commune or district with the folded form `folded` that lies in a district, or
    failing that a province, the document names; None when none or several do."""
    options = lex.areas_of(folded)
    named = doc.named_areas(lex)
    for level in (1, 2):
        hits = {(o[0], o[level], level) for o in options if o[level] in named}
        if len(hits) == 1:
            return hits.pop()
        if hits:
            return None
    return None


def _whole_run(toks, linked, i, end) -> bool:
    """True when tokens i to end are a whole run of capitalised syllables."""
    s = toks.surface
    return not (i > 0 and linked[i] and s[i - 1][:1].isupper()) and \
        not (end + 1 < len(s) and linked[end + 1] and s[end + 1][:1].isupper())


def _place_at(st: _State, i: int, j: int) -> int:
    """Try the place names starting at token i (ending by token j); return the tokens used."""
    text, toks, linked, words, lex, doc = st.text, st.toks, st.linked, st.words, st.lex, st.doc
    for length in range(min(3, j - i + 1), 1, -1):
        folded = " ".join(map(fold, toks.surface[i:i + length]))
        official = lex.places.get(folded)
        if official is None and folded not in lex.areas:
            continue
        surface = text[toks[i][0]:toks[i + length - 1][1]]
        if " ".join(words[i:i + length]) in lex.place_keys or (
                official is not None and canonical(surface) == canonical(official)):
            return length  # already a place name, spelled right
        admin = _ADMIN_BEFORE.search(text, max(0, toks[i][0] - 120), toks[i][0]) is not None
        # Valid syllables with no "huyện"/"xã" before: a person's name as often as a place, unless
        # they are a whole capitalised run naming a place of the district the document names.
        bare = not admin and all(w in lex.syllables for w in words[i:i + length])
        if bare and not _whole_run(toks, linked, i, i + length - 1):
            return 0
        # Several places share the form: the one of the district (or province) the document is
        # about is meant.
        local = _local(lex, doc, folded) if (official is None or bare) and folded in lex.areas else None
        if official is None:
            if local is None or (local[2] == 2 and not admin):
                continue
            official = local[0]
            if canonical(surface) == canonical(official):
                return length
        if bare and not (local is not None and local[2] == 1 and local[0] == official):
            return 0
        in_area = local is not None
        syllables = official.split()
        gaps = [text[toks[k][1]:toks[k + 1][0]] for k in range(i, i + length - 1)]
        after = "".join(_with_case(toks[i + k][2], syllables[k]) + (gaps[k] if k < len(gaps) else "")
                        for k in range(length))
        why = f'"{official}" is the official spelling of a place with this form'
        if in_area:
            why += f" in {local[1]}, which the document names"
        st.edits[i] = Edit(toks[i][0], toks[i + length - 1][1], surface, after, "ocr.place_name",
                           VOCABULARY if admin else DICTIONARY, why)
        st.taken.update(range(i, i + length))
        for k, syl in enumerate(syllables):
            words[i + k] = canonical(syl)
        return length
    return 0


def _place_head(st: _State, i: int) -> None:
    """A capitalised syllable alone after "xã", "huyện" …, the rest of the name cut off (by a page
    break or a footnote): it becomes the first syllable of the communes of the document's district
    that begin with its form, when they all spell it one way ("xã Ấng" -> "xã Ẳng", as in Ẳng Nưa,
    Ẳng Cang, Ẳng Tở of Mường Ảng)."""
    toks, lex = st.toks, st.lex
    if i in st.taken:
        return
    surface = toks[i][2]
    options = lex.heads_of(fold(surface))
    named = st.doc.named_areas(lex)
    for level in (1, 2):
        hits = {(o[0], o[level]) for o in options if o[level] in named}
        if hits:
            break
    spellings = {canonical(h) for h, _ in hits}
    if len(spellings) != 1 or st.words[i] in spellings:
        return
    head, area = next(iter(hits))
    st.edits[i] = Edit(toks[i][0], toks[i][1], surface, _with_case(surface, head), "ocr.place_name",
                       DICTIONARY, f'"{head}" begins every place of {area} with this form, and {area} '
                       f'is named in the document')
    st.taken.add(i)
    st.words[i] = canonical(head)


def _confusion_fixes(st: _State) -> None:
    """The phrases of ocr_confusions.tsv where their context holds (``ocr.confusion``)."""
    text, toks, edits, taken = st.text, st.toks, st.edits, st.taken
    for m in _confusion_pattern().finditer(text):
        k = toks.index_at(m.start())
        if k is None or k in taken:
            continue
        low = canonical(m.group())
        for c in _confusions():
            if canonical(c.wrong) != low:
                continue
            ok = (c.context.match(text, m.end()) if c.after
                  else c.context.search(text, max(0, m.start() - 40), m.start()))
            if ok:
                after = " ".join(_with_case(a, b) for a, b in zip(m.group().split(" "), c.right.split(" ")))
                edits[k] = Edit(m.start(), m.end(), m.group(), after, "ocr.confusion", DICTIONARY, c.note)
                last = k + len(c.wrong.split(" "))
                taken.update(range(k, last))
                break
