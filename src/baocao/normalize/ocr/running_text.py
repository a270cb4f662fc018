"""Running text's judgement (``ocr.running_text``, and its word between candidates the dictionary
cannot tell apart), from the syllable model of :mod:`baocao.normalize.lm`."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Iterable, Optional

from baocao.core.fold import fold, key
from baocao.normalize.edits import Edit
from baocao.normalize.lexicon import Lexicon
from baocao.normalize.lm import SyllableModel
from baocao.normalize.ocr.candidates import _SETTLED, _UNSEEN, _slips
from baocao.normalize.ocr.ladder import SUGGESTED, SUPPORTED
from baocao.normalize.ocr.tokens import _with_case

if TYPE_CHECKING:
    from baocao.normalize.ocr.evidence import _State, _Syllable


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

Best = tuple[int, bool, tuple[str, ...], str]
"""The word a candidate makes (:data:`~baocao.normalize.ocr.candidates.Found`), and the candidate."""


def _chance_meeting(lex: Lexicon, lm: Optional[SyllableModel], w: str, best: Best) -> bool:
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


def _settled(lm: Optional[SyllableModel], left: Optional[str], w: str,
             right: Optional[str]) -> bool:
    """True when the valid syllable `w` is a word running text writes often, and beside one of
    these neighbours too ("chỉ số giá tăng", "được thế bao vây"): its being written so is evidence
    that a count of the document does not overrule."""
    return lm is not None and w in lm.frequent and (lm.seen(left, w) > 0 or lm.seen(w, right) > 0)


def _phrase(left: Optional[str], w: str, right: Optional[str]) -> str:
    return " ".join(x for x in (left, w, right) if x)


_RANKED: dict[tuple[int, Optional[str], str, Optional[str], tuple[str, ...]],
              list[tuple[float, str]]] = {}


def _ranked(lm: SyllableModel, left: Optional[str], w: str, right: Optional[str],
            cands: tuple[str, ...]) -> list[tuple[float, str]]:
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


def _lm_pick(lm: SyllableModel, left: Optional[str], w: str, right: Optional[str],
             cands: Iterable[str], written: Optional[str] = None,
             margin: Optional[float] = None) -> Optional[tuple[str, str]]:
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
