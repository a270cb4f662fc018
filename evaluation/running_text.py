"""How the running-text thresholds of the OCR pass were chosen, and the trade-off they make.

    python evaluation/running_text.py [--quick]

The syllable model (src/baocao/normalize/lm.py) is built from underthesea's VLSP 2013 text. To
choose the margins of ``ocr._LM_MARGIN`` (two neighbours), ``ocr._LM_ONE_SIDE`` (one neighbour) and
``ocr._LM_AGREE`` (a dictionary suggestion confirmed) without tuning on the project's own texts,
the VLSP text is cut into five folds by sentence: a model built from four folds judges the fifth,
once as it is (every change is a false change) and once corrupted with the noise of
evaluation/normalize.py (one syllable in ~40). The same settings are then *measured* on the
project's sets (the corpus report's listed errors, the clean genre texts, the corrupted clean
texts), whose budget (at most one changed syllable per 10,000 clean ones) decides between
settings the folds cannot tell apart.

Each line: the setting; VLSP folds: false changes per 10,000 syllables, share restored; project:
004 errors fixed, clean-text changes, synthetic restored. The false changes on VLSP include those of
the dictionary rules (old spellings such as "xẩy ra", "trình bầy" put in today's form): compare
lines, not the figure alone.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "evaluation"))

import normalize as project  # noqa: E402  (evaluation/normalize.py)

_SYL = regex.compile(r"\p{L}+")
FOLDS = 5


def _vlsp_sentences():
    from baocao.core.underthesea import underthesea_dir as _underthesea_dir
    from baocao.normalize.lm import _VLSP

    sents, cur = [], []
    for line in _underthesea_dir().joinpath(*_VLSP).read_text(encoding="utf-8").splitlines():
        word = line.split("\t", 1)[0].strip()
        if not word:
            if cur:
                sents.append(cur)
            cur = []
            continue
        cur.append(word)
    if cur:
        sents.append(cur)
    return sents


def _runs(sentence, canon):
    out, run = [], []
    for word in sentence:
        syl = word.split()
        if syl and all(_SYL.fullmatch(x) for x in syl):
            run.extend(canon[x] for x in syl)
            continue
        if run:
            out.append(run)
        run = []
    if run:
        out.append(run)
    return out


def _corrupt(text, rng, rate=40):
    toks = list(_SYL.finditer(text))
    out, pos, damaged = [], 0, {}
    for k, m in enumerate(toks):
        if rng.randrange(rate) == 0 and any(not c.isascii() for c in m.group()) or \
                rng.randrange(rate * 4) == 0:
            bad = project.corrupt_syllable(m.group(), rng)
            if bad != m.group():
                out += [text[pos:m.start()], bad]
                pos = m.end()
                damaged[k] = m.group()
    out.append(text[pos:])
    return "".join(out), damaged


def folds():
    """(model, clean text, corrupted text, damaged syllables) for each fold."""
    from baocao.normalize import NormalizeOptions, normalize
    from baocao.normalize.lexicon import lexicon
    from baocao.normalize.lm import _canon, build

    sents, canon, entries = _vlsp_sentences(), _canon(), lexicon().entries
    rng = random.Random(11)
    out = []
    for k in range(FOLDS):
        train = [r for j, s in enumerate(sents) if j % FOLDS != k for r in _runs(s, canon)]
        text = "\n\n".join(" ".join(s) for j, s in enumerate(sents) if j % FOLDS == k)
        clean = normalize(text, NormalizeOptions(ocr=False)).text
        out.append((build(train, entries), clean, *_corrupt(clean, rng)))
    return out


def measure_folds(prepared):
    """(false changes, syllables, restored, corrupted) over the held-out folds."""
    import baocao.normalize.ocr as ocr
    from baocao.normalize import normalize
    from baocao.normalize.lexicon import canonical

    false = total = restored = corrupted = 0
    kept = ocr.maybe_model
    try:
        for model, clean, noisy, damaged in prepared:
            ocr.maybe_model = lambda model=model: model
            n = normalize(clean)
            false += sum(len(_SYL.findall(e.before)) for e in n.edits if e.rule.startswith("ocr."))
            a, b = _SYL.findall(clean), _SYL.findall(normalize(noisy).text)
            total += len(a)
            for j in damaged:
                corrupted += 1
                restored += canonical(a[j]) == canonical(b[j])
    finally:
        ocr.maybe_model = kept
    return false, total, restored, corrupted


def measure_project():
    fixed, listed, _ = project.ocr_004()
    changed, syllables = project.false_changes()
    restored, corrupted, new, _ = project.synthetic()
    return fixed, listed, changed, syllables, restored, corrupted, new


SETTINGS = [
    {},                                                  # as shipped
    {"_LM_MARGIN": 6.0}, {"_LM_MARGIN": 7.0}, {"_LM_MARGIN": 9.0}, {"_LM_MARGIN": 10.0},
    {"_LM_ONE_SIDE": 8.0}, {"_LM_ONE_SIDE": 9.0}, {"_LM_ONE_SIDE": 12.0},
    {"_LM_AGREE": 2.0}, {"_LM_AGREE": 3.0}, {"_LM_AGREE": 8.0},
    {"_LM_MARGIN": 1e9, "_LM_ONE_SIDE": 1e9, "_LM_AGREE": 1e9, "_LM_SEPARATE": 1e9},   # no model
]


def main(quick: bool) -> None:
    import baocao.normalize.ocr.running_text as ocr

    prepared = None if quick else folds()
    shipped = {name: getattr(ocr, name) for name in ("_LM_MARGIN", "_LM_ONE_SIDE", "_LM_AGREE",
                                                     "_LM_SEPARATE")}
    print("shipped:", ", ".join(f"{k}={v}" for k, v in shipped.items()))
    for setting in SETTINGS:
        for name, value in {**shipped, **setting}.items():
            setattr(ocr, name, value)
        ocr._RANKED.clear()
        line = ", ".join(f"{k}={v:g}" for k, v in setting.items()) or "as shipped"
        if prepared is not None:
            f, t, r, c = measure_folds(prepared)
            line += f" | VLSP folds: false {f / t * 1e4:.2f}/10k, restored {r / c:.1%}"
        fx, ls, ch, sy, r, c, new = measure_project()
        line += (f" | project: 004 {fx}/{ls}, clean {ch}/{sy} changed, synthetic {r / c:.1%} "
                 f"(new errors {new})")
        print(line, flush=True)
    for name, value in shipped.items():
        setattr(ocr, name, value)


if __name__ == "__main__":
    main("--quick" in sys.argv)
