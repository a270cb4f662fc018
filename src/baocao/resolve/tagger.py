"""underthesea's part-of-speech tags of a phrase, as ``underthesea.pos_tag`` gives them, read faster.

``pos_tag`` segments the phrase into words (``word_tokenize``), turns each word into the features of
its CRF model (``word2features``) and tags them. Its feature step re-reads each of its 22 templates
with a regular expression and rebuilds the columns of the whole sentence for every feature of every
word: most of the time of a call, and quadratic in the phrase's length. :func:`tags` reads the model's
templates once and builds the same features (the same strings, by underthesea's own feature
functions) in one pass over the words, then calls the same model; the tags are those of ``pos_tag``
(tests/test_tagger.py compares the two on the corpus's phrases). When underthesea no longer has the
pieces this reads, :func:`tags` is ``pos_tag`` itself.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any, Callable, NamedTuple, Optional


class _Template(NamedTuple):
    prefix: str            # "T[-1].lower="
    first: int             # the offset of the first word it reads
    last: Optional[int]    # the offset of the last word it reads (None: the first alone)
    column: int            # 0: the word, 1: its tag (always "X" when tagging)
    function: Optional[str]


# underthesea's reading of a template ("T[-1,0]", "T[0].lower", "T[-2][1]"), pipeline/pos_tag/tagged_feature.py
_SYNTAX = re.compile(r"T\[(?P<index1>\-?\d+)(\,(?P<index2>\-?\d+))?\](\[(?P<column>.*)\])?(\.(?P<function>.*))?")


def _template(syntax: str) -> _Template:
    m = _SYNTAX.match(syntax)
    if m is None:
        raise ValueError(f"not a feature template: {syntax!r}")
    index2 = m.group("index2")
    return _Template(f"{syntax}=", int(m.group("index1")), int(index2) if index2 else None,
                     int(m.group("column")) if m.group("column") else 0, m.group("function"))


class _Model(NamedTuple):
    templates: tuple[_Template, ...]
    tag: Callable[[list[list[str]]], list[str]]
    apply: Callable[[str, str], Any]
    word_tokenize: Callable[[str], list[str]]


@cache
def _model() -> Optional[_Model]:
    """underthesea's CRF tagger of ``pos_tag`` with its templates read, or None when this underthesea
    is built otherwise."""
    try:
        from underthesea import word_tokenize
        from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor
        from underthesea.pipeline.pos_tag.tagged_feature import apply_function

        predictor = CRFPOSTagPredictor.Instance()
        templates = tuple(_template(s) for s in predictor.transformer.template)
        return _Model(templates, predictor.model.tag, apply_function, word_tokenize)
    except (ImportError, AttributeError, ValueError):  # pragma: no cover - another underthesea
        return None


def features(words: list[str], templates: tuple[_Template, ...], apply: Callable[[str, str], Any]
             ) -> list[list[str]]:
    """The CRF features of each word of a segmented phrase, as underthesea's ``word2features`` makes
    them for the sentence ``[(word, "X"), …]``."""
    n = len(words)
    columns = (words, ["X"] * n)
    applied: dict[tuple[str, str], str] = {}    # a word's feature, read by several templates
    out = []
    for i in range(n):
        row = []
        for t in templates:
            a = i + t.first
            if a < 0:
                row.append(t.prefix + "BOS")
                continue
            if a >= n:
                row.append(t.prefix + "EOS")
                continue
            col = columns[t.column]
            if t.last is not None:
                if i + t.last >= n:
                    row.append(t.prefix + "EOS")
                    continue
                word = " ".join(col[a:i + t.last + 1])
            else:
                word = col[a]
            if t.function is not None:
                key = (t.function, word)
                value = applied.get(key)
                if value is None:
                    value = applied[key] = f"{apply(t.function, word)}"
                word = value
            row.append(t.prefix + word)
        out.append(row)
    return out


def tags(phrase: str) -> list[tuple[str, str]]:
    """(word, tag) of each word of ``phrase``: ``underthesea.pos_tag(phrase)``.

    >>> [t for _, t in tags("chăm sóc")], tags("")
    (['V'], [])
    """
    model = _model()
    if model is None:  # pragma: no cover - another underthesea
        from underthesea import pos_tag

        return list(pos_tag(phrase))
    words = model.word_tokenize(phrase)
    if not words:
        return []
    return list(zip(words, model.tag(features(words, model.templates, model.apply))))
