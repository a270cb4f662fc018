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
  word and no district named (a person's name as often as a place), or after a village's word only
  ("thôn", "bản": villages are no units of the official list; "thôn Hạ Thành" stays, and a
  syllable alone after "bản" or "thôn" is a village's name, no commune's cut one), and a run of
  valid syllables whose form is only a commune's of other provinces when the document names its
  districts or provinces (a commune the list lacks, merged or renamed, is of the document's own
  area: "xã Tâm Đa" stays in a report on Lào Cai; a district named stands for its province, and a
  province for the one it became part of in 2025; districts, few and named as neighbours, are
  still repaired).
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

from itertools import compress, repeat
from operator import and_, mul, not_, or_
from typing import Optional

from baocao.core.fold import fold, key
from baocao.normalize.edits import Edit
from baocao.normalize.lexicon import lexicon
from baocao.normalize.lm import maybe_model
from baocao.normalize.ocr.confusions import _confusion_fixes
from baocao.normalize.ocr.context import (_dictionary_rule, _document_edit, _pair_fixes,
                                          _three_syllable_fixes)
from baocao.normalize.ocr.evidence import DocumentEvidence, _DocPairs, _State, _Syllable
from baocao.normalize.ocr.ladder import (DICTIONARY, FIXES, GUESS, SUGGESTED, SUGGESTIONS,
                                         SUPPORTED, THRESHOLD, VOCABULARY)
from baocao.normalize.ocr.non_word import _guess_non_word
from baocao.normalize.ocr.places import _place_names
from baocao.normalize.ocr.running_text import _running_text_rule
from baocao.normalize.ocr.tokens import _HAS_MARK, Tokenized, _abbreviation, tokenized

__all__ = ["DICTIONARY", "DocumentEvidence", "FIXES", "GUESS", "SUGGESTED", "SUGGESTIONS",
           "SUPPORTED", "THRESHOLD", "VOCABULARY", "ocr_edits", "tokenized"]

_NONE: dict[str, int] = {}        # a syllable that begins no pair of the lexicon


def ocr_edits(text: str, threshold: float = THRESHOLD, document: Optional[DocumentEvidence] = None,
              tokens: Optional[Tokenized] = None) -> list[Edit]:
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
    if document is None:
        document = DocumentEvidence(text, [(written, linked, toks.surface)])
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
