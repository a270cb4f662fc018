"""The dictionary's judgement (``ocr.context``): a syllable put back where its neighbours say which
word it is, a misread neighbour of a three-syllable word, two misread syllables of a term; and
the document's (``ocr.document``)."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from baocao.core.fold import canonical, fold, key
from baocao.normalize.edits import Edit
from baocao.normalize.ocr.candidates import _RARE, _longest_word, _slips, _why
from baocao.normalize.ocr.evidence import _State, _Syllable
from baocao.normalize.ocr.places import _local
from baocao.normalize.ocr.ladder import DICTIONARY, SUGGESTED, SUPPORTED, VOCABULARY
from baocao.normalize.ocr import running_text  # its margins read at call time (evaluation sets them)
from baocao.normalize.ocr.running_text import _VETO, Best, _chance_meeting, _lm_pick
from baocao.normalize.ocr.tokens import _HAS_MARK, _with_case


def _dictionary_rule(st: _State, s: _Syllable) -> tuple[Optional[Edit], list[str], bool]:
    """(the ``ocr.context`` edit or None, the candidates tied for it, whether the word it would
    make is a chance meeting (:func:`_chance_meeting`)): a same-form candidate that completes the
    longest word with the neighbours (report vocabulary first); several completing words as well
    are told apart by running text. A plain dictionary word only suggested is applied when running
    text agrees."""
    lex, lm, w, left, right, i = st.lex, st.lm, s.w, s.left, s.right, s.i
    bigrams = lex.bigrams
    best: Optional[Best] = None   # (length, in report vocabulary, the word, candidate)
    tied: list[str] = []
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
        again = None if pick is None else _longest_word(lex, st.words, st.linked, i, pick[0])
        best = None if pick is None or again is None else (*again, pick[0])   # (it is found)
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
    if edit is not None and edit.confidence < SUPPORTED and lm is not None and not chance and \
            not _unknown_name(st, s, best[2]):
        # a plain dictionary word, only suggested: applied when running text agrees
        pick = _lm_pick(lm, left, w, right, lex.same_form(f), w, running_text._LM_AGREE)
        if pick is not None and pick[0] == best[3] and not st.doc.repeats(left, w, right):
            edit = replace(edit, confidence=SUPPORTED, why=f"{edit.why}; {pick[1]}")
    return edit, tied, chance


def _unknown_name(st: _State, s: _Syllable, window: tuple[str, ...]) -> bool:
    """True for a valid syllable of a name (capitalised beside a capitalised neighbour, itself not
    set in capitals as a heading is) that the word `window` would change, where neither the document
    writes that word elsewhere nor it is a place of an area the document names: a person's or a
    place's name the dictionary does not know ("Thanh Hường", "Ảnh: Phan Quyền"), which a dictionary
    word only suggests changing, whatever running text says ("Hồ Ảng Cang" in a report of Mường
    Ảng is the commune Ẳng Cang; report vocabulary, "Ban Thường vụ", is decided before)."""
    if not (s.valid and s.name) or s.surface.isupper() or st.doc.supports(window, s.i):
        return False
    local = _local(st.lex, st.doc, " ".join(map(fold, window)))
    return local is None or canonical(local[0]) != " ".join(window)


def _context_edit(st: _State, s: _Syllable, best: Best) -> Optional[Edit]:
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
    elif _unknown_name(st, s, window):
        conf = SUGGESTED
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
    if at == 0:
        assert left is not None     # the side a count was found on has a neighbour
        pair, written = (left, cand), (left, w)
    else:
        assert right is not None
        pair, written = (cand, right), (w, right)
    why = (f'the document writes "{" ".join(pair)}" {best}×, "{" ".join(written)}" {count(written)}×'
           if valid else
           f'"{w}" is no Vietnamese syllable; the document writes "{" ".join(pair)}" {best}×')
    return Edit(st.toks[s.i][0], st.toks[s.i][1], surface, _with_case(surface, cand), "ocr.document",
                SUGGESTED if s.name else SUPPORTED, why)


def _three_syllable_fixes(st: _State, pair: list[int], loose: list[int]) -> None:
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


def _pair_fixes(st: _State, unexplained: list[int], starts: list[int]) -> None:
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
