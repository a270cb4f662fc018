"""Valid phrases OCR made from other valid phrases (``ocr.confusion``), fixed where the context
given in ``data/ocr_confusions.tsv`` holds."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

from baocao.core.fold import canonical
from baocao.core.rules import compile_at
from baocao.normalize.edits import Edit
from baocao.normalize.ocr.evidence import _State
from baocao.normalize.ocr.ladder import DICTIONARY
from baocao.normalize.ocr.tokens import _with_case

DATA = Path(__file__).parent.parent / "data"


@dataclass(frozen=True)
class _Confusion:
    wrong: str
    right: str
    context: regex.Pattern[str]
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
        compiled = compile_at(pattern, regex.I) if side == "after" else regex.compile(f"(?ri)(?:{pattern})\\Z")
        out.append(_Confusion(parts[0], parts[1], compiled, side == "after", parts[3]))
    return out


@cache
def _confusion_pattern() -> regex.Pattern[str]:
    alts = sorted({c.wrong for c in _confusions()}, key=len, reverse=True)
    return regex.compile(r"(?i)(?<!\p{L})(?:" + "|".join(regex.escape(a) for a in alts) + r")(?!\p{L})")


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
