"""A token that is no Vietnamese syllable, with no context to decide (``ocr.non_word``)."""
from __future__ import annotations

from baocao.normalize.edits import Edit
from baocao.normalize.ocr.candidates import _DROP_ODDS, _RARE, _dropped_letter, _slips
from baocao.normalize.ocr.evidence import _State, _Syllable
from baocao.normalize.ocr.ladder import GUESS, SUGGESTED
from baocao.normalize.ocr import running_text  # its margins read at call time (evaluation sets them)
from baocao.normalize.ocr.running_text import _phrase
from baocao.normalize.ocr.tokens import _VOWEL, _with_case


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
                if scored[0][0] - scored[1][0] >= running_text._LM_SEPARATE:
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
