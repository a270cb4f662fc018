"""Measure the normalizer on the goals of its issue; run by hand, the tests assert the thresholds.

    python evaluation/normalize.py [-v]

1. OCR errors found by reading the corpus report (tests/cases/ocr_004.yaml): share fixed.
2. Clean text (tests/normalize_clean/*.txt and the four news articles): OCR-changed syllables per
   10,000 syllables (tone-placement convention changes are not corrections and are not counted).
3. Text corrupted here with realistic OCR noise (one syllable in ~40: tone, hat/breve, đ/d):
   share of corrupted syllables restored, and new errors per syllable.
4. (--pieces) False repairs on clean genre text, whole documents and article-sized pieces (1,500 to
   3,000 characters cut at paragraph ends) side by side, per set: the seed corpus (tests/corpus,
   the errors found by reading excepted), the genre corpus (dev, test) and the long reports of
   ../shared/reports (or $BAOCAO_SHARED_DIR/reports). Every applied OCR edit (rule ``ocr.*``) on
   clean text is a false repair; counted per 10,000 syllables. With -v each one is listed.

    python evaluation/normalize.py --pieces [-v]

evaluation/running_text.py shows how these move with the margins of the running-text model;
evaluation/ocr_tesseract.py measures the repair on the errors Tesseract makes on rendered pages.
"""
from __future__ import annotations

import random
import sys
import unicodedata
from pathlib import Path

import regex
import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
CLEAN = ROOT / "tests" / "normalize_clean"
_SYL = regex.compile(r"\p{L}+")


def _clean_piece(n, start: int, end: int) -> str:
    return n.text[n._map.to_clean(start):n._map.to_clean(end)]


def ocr_004(verbose: bool = False):
    """Return (fixed, total, unlisted OCR edits) on the corpus report."""
    from baocao.normalize import normalize
    from baocao.normalize.lexicon import canonical

    text = (CORPUS / "004_12d62f31151c975c.txt").read_text(encoding="utf-8")
    errors = yaml.safe_load((ROOT / "tests" / "cases" / "ocr_004.yaml").read_text(encoding="utf-8"))["errors"]
    n = normalize(text)
    fixed = 0
    for e in errors:
        got = _clean_piece(n, e["start"], e["end"])
        ok = canonical(got) == canonical(e["right"])
        fixed += ok
        if verbose and not ok:
            print(f"MISSED {e['start']:>6} {e['wrong']!r} -> {e['right']!r}, got {got!r}")
    spans = [(e["start"], e["end"]) for e in errors]
    unlisted = [e for e in n.edits if e.rule.startswith("ocr.")
                and not any(s < e.end and e.start < t for s, t in spans)]
    if verbose:
        for e in unlisted:
            print(f"UNLISTED {e.start:>6} {e.before!r} -> {e.after!r} {e.rule} "
                  f"{text[max(0, e.start - 25):e.end + 25]!r}")
    return fixed, len(errors), unlisted


def clean_texts(with_names: bool = False):
    """The clean texts (hand-written genre text and the four news articles), and for each the
    spans of the errors found in it by reading (tests/normalize_clean/news_errors.yaml)."""
    known = yaml.safe_load((CLEAN / "news_errors.yaml").read_text(encoding="utf-8"))["errors"] or []
    out = []
    for p in sorted(CLEAN.glob("*.txt")) + sorted(CORPUS.glob("00[0-3]_*.txt")):
        spans = [(e["start"], e["end"]) for e in known if e["file"] == p.name]
        out.append((p.read_text(encoding="utf-8"), spans))
    return out if with_names else [t for t, _ in out]


def false_changes(verbose: bool = False):
    """Return (OCR-changed syllables, syllables) over clean text; fixes of the errors listed in
    news_errors.yaml are not false changes."""
    from baocao.normalize import normalize

    changed = total = 0
    for text, known in clean_texts(with_names=True):
        n = normalize(text)
        total += len(_SYL.findall(text))
        for e in n.edits:
            if any(s < e.end and e.start < t for s, t in known):
                continue
            if e.rule.startswith("ocr."):
                changed += len(_SYL.findall(e.before))
                if verbose:
                    print(f"CHANGED {e.before!r} -> {e.after!r} ({e.rule}) in "
                          f"{text[max(0, e.start - 30):e.end + 30]!r}")
    return changed, total


_TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
_HATS = {"a": ["a", "ă", "â"], "e": ["e", "ê"], "o": ["o", "ô", "ơ"], "u": ["u", "ư"]}


def corrupt_syllable(s: str, rng: random.Random) -> str:
    """A realistic OCR slip: another tone, another hat/breve, or đ/d swapped."""
    d = unicodedata.normalize("NFD", s)
    letters = list(d)
    choice = rng.random()
    if choice < 0.15 and ("đ" in s.lower() or s[:1].lower() == "d"):
        out = s.replace("đ", "d").replace("Đ", "D") if "đ" in s.lower() else \
            ("đ" if s[0] == "d" else "Đ") + s[1:]
        return out
    tone_pos = [i for i, c in enumerate(letters) if c in _TONES[1:]]
    if choice < 0.65 or not any(unicodedata.normalize("NFD", c)[0].lower() in _HATS for c in s):
        base = "".join(c for c in letters if c not in _TONES[1:])
        vowels = [i for i, c in enumerate(base) if c.lower() in "aeiouy"]
        if not vowels:
            return s
        at = tone_pos[0] if tone_pos else None
        tone = rng.choice([t for t in _TONES if t != (letters[at] if at is not None else "")])
        # put the tone on the vowel carrying it now, or on the last vowel before a final consonant
        nfc_base = unicodedata.normalize("NFC", base)
        pos_in = [i for i, c in enumerate(nfc_base) if unicodedata.normalize("NFD", c)[0].lower() in "aeiouy"]
        if not pos_in:
            return s
        orig_pos = next((i for i, c in enumerate(s) if any(t in unicodedata.normalize("NFD", c) for t in _TONES[1:])), pos_in[-1] if len(pos_in) == 1 else pos_in[-2])
        chars = list(nfc_base)
        chars[orig_pos] = unicodedata.normalize("NFC", chars[orig_pos] + tone)
        return "".join(chars)
    chars = list(s)
    idx = [i for i, c in enumerate(chars) if unicodedata.normalize("NFD", c)[0].lower() in _HATS]
    i = rng.choice(idx)
    dec = unicodedata.normalize("NFD", chars[i])
    base, marks = dec[0], dec[1:]
    tone = "".join(m for m in marks if m in _TONES[1:])
    plain = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in _TONES[1:]))
    options = [h for h in _HATS[base.lower()] if h != plain.lower()]
    new = rng.choice(options)
    new = new.upper() if base.isupper() else new
    chars[i] = unicodedata.normalize("NFC", new + tone)
    return "".join(chars)


def synthetic(seed: int = 7, rate: int = 40, verbose: bool = False):
    """Return (restored, corrupted, new errors, syllables) over corrupted clean text."""
    from baocao.normalize import NormalizeOptions, normalize
    from baocao.normalize.lexicon import canonical

    rng = random.Random(seed)
    restored = corrupted = new_errors = total = 0
    cfg = NormalizeOptions()
    for text in clean_texts():
        text = normalize(text, NormalizeOptions(ocr=False)).text   # one tone convention to compare
        toks = list(_SYL.finditer(text))
        out, pos, damaged = [], 0, {}
        for k, m in enumerate(toks):
            if rng.randrange(rate) == 0 and any(not c.isascii() for c in m.group()) or \
                    (rng.randrange(rate * 4) == 0):
                bad = corrupt_syllable(m.group(), rng)
                if bad != m.group():
                    out.append(text[pos:m.start()])
                    out.append(bad)
                    pos = m.end()
                    damaged[k] = m.group()
        out.append(text[pos:])
        noisy = "".join(out)
        fixed = normalize(noisy, cfg).text
        a, b = _SYL.findall(text), _SYL.findall(fixed)
        assert len(a) == len(b), "normalization changed the number of syllables"
        total += len(a)
        for k, (want, got) in enumerate(zip(a, b)):
            if k in damaged:
                corrupted += 1
                ok = canonical(got) == canonical(want)
                restored += ok
                if verbose and not ok:
                    print(f"NOT RESTORED {want!r} (noisy {_SYL.findall(noisy)[k]!r}, got {got!r}) "
                          f"{' '.join(a[max(0, k - 3):k + 4])!r}")
            elif canonical(got) != canonical(want):
                new_errors += 1
                if verbose:
                    print(f"NEW ERROR {want!r} -> {got!r} {' '.join(a[max(0, k - 3):k + 4])!r}")
    return restored, corrupted, new_errors, total


PIECE_MIN, PIECE_MAX = 1500, 3000
_SENTENCE_END = regex.compile(r"[.;!?]\s")


def pieces(text: str, lo: int = PIECE_MIN, hi: int = PIECE_MAX) -> list[tuple[int, int]]:
    """Spans of `text` of `lo` to `hi` characters (the last may be shorter), cut after a line end; a
    paragraph longer than `hi` is cut after a sentence end (or a space) before `hi`."""
    out, start, n = [], 0, len(text)
    while n - start > hi:
        cut = text.rfind("\n", start + lo, start + hi)
        if cut < 0:
            ends = [m.end() for m in _SENTENCE_END.finditer(text, start + lo, start + hi)]
            cut = ends[-1] - 1 if ends else text.rfind(" ", start + lo, start + hi)
        if cut < 0:
            cut = start + hi - 1
        out.append((start, cut + 1))
        start = cut + 1
    if start < n:
        out.append((start, n))
    return out


def shared_reports() -> list[Path]:
    """The long reports of the shared folder (../shared/reports), or of $BAOCAO_SHARED_DIR."""
    import os
    for d in (Path(os.environ.get("BAOCAO_SHARED_DIR", "")) / "reports" if os.environ.get("BAOCAO_SHARED_DIR") else None,
              ROOT.parent / "shared" / "reports", ROOT.parent.parent / "shared" / "reports"):
        if d is not None and d.is_dir():
            return sorted(d.glob("*.txt"))
    return []


def clean_sets() -> dict:
    """{set name: [(name, text, spans of errors found by reading)]} of clean genre text."""
    known = yaml.safe_load((CLEAN / "news_errors.yaml").read_text(encoding="utf-8"))["errors"] or []
    spans = {}
    for e in known:
        spans.setdefault(e["file"], []).append((e["start"], e["end"]))
    errors004 = yaml.safe_load((ROOT / "tests" / "cases" / "ocr_004.yaml").read_text(encoding="utf-8"))["errors"]
    spans["004_12d62f31151c975c.txt"] = [(e["start"], e["end"]) for e in errors004]
    for e in yaml.safe_load((ROOT / "evaluation" / "clean_errors.yaml").read_text(encoding="utf-8"))["errors"]:
        spans.setdefault(e["file"], []).append((e["start"], e["end"]))
    sets = {"seed": sorted(CORPUS.glob("*.txt")),
            "hand": sorted(CLEAN.glob("*.txt")),
            "genre-dev": sorted((CORPUS / "genre" / "dev").glob("*.txt")),
            "genre-test": sorted((CORPUS / "genre" / "test").glob("*.txt")),
            "reports": shared_reports()}
    return {name: [(p.name, p.read_text(encoding="utf-8"), spans.get(p.name, [])) for p in paths]
            for name, paths in sets.items() if paths}


def false_repairs(text: str, known=(), offset: int = 0) -> list:
    """The applied OCR edits on the clean `text` (its coordinates), but those over an error found
    by reading (`known`: spans in the coordinates of the text `text` begins at `offset` of)."""
    from baocao.normalize import normalize

    return [e for e in normalize(text).edits if e.rule.startswith("ocr.")
            and not any(s < e.end + offset and e.start + offset < t for s, t in known)]


def piece_figures(verbose: bool = False) -> dict:
    """{set: (false repairs in whole documents, in pieces, syllables)}; with `verbose` each false
    repair is printed."""
    out = {}
    for name, docs in clean_sets().items():
        whole = cut = syl = 0
        for fname, text, known in docs:
            syl += len(_SYL.findall(text))
            found = false_repairs(text, known)
            whole += len(found)
            if verbose:
                for e in found:
                    print(f"  {name} {fname} WHOLE {e.start}: {e.before!r} -> {e.after!r} ({e.rule}) "
                          f"{text[max(0, e.start - 30):e.end + 30]!r}")
            for s, t in pieces(text):
                found = false_repairs(text[s:t], known, s)
                cut += len(found)
                if verbose:
                    for e in found:
                        print(f"  {name} {fname} PIECE {s + e.start}: {e.before!r} -> {e.after!r} "
                              f"({e.rule}) {text[max(0, s + e.start - 30):s + e.end + 30]!r}")
        out[name] = (whole, cut, syl)
    return out


def main_pieces(verbose: bool) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    figures = piece_figures(verbose)
    print(f"false OCR repairs on clean text per 10,000 syllables (pieces of {PIECE_MIN}-{PIECE_MAX} chars)")
    print(f"{'set':12} {'syllables':>9} {'whole':>6} {'/10k':>6} {'pieces':>6} {'/10k':>6}")
    tw = tc = ts = 0
    for name, (w, c, s) in figures.items():
        print(f"{name:12} {s:9} {w:6} {w / s * 1e4:6.2f} {c:6} {c / s * 1e4:6.2f}")
        tw, tc, ts = tw + w, tc + c, ts + s
    print(f"{'all':12} {ts:9} {tw:6} {tw / ts * 1e4:6.2f} {tc:6} {tc / ts * 1e4:6.2f}")


def main(verbose: bool) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    fixed, total, unlisted = ocr_004(verbose)
    print(f"004 OCR errors fixed: {fixed}/{total} = {fixed / total:.1%}; other OCR edits: {len(unlisted)}")
    changed, syl = false_changes(verbose)
    print(f"clean text: {changed} changed syllables in {syl} = {changed / syl * 10000:.2f} per 10,000")
    r, c, ne, t = synthetic(verbose=verbose)
    print(f"synthetic: restored {r}/{c} = {r / max(c, 1):.1%}; new errors {ne}/{t} = {ne / t:.2%}")


if __name__ == "__main__":
    if "--pieces" in sys.argv:
        main_pieces("-v" in sys.argv)
    else:
        main("-v" in sys.argv)
